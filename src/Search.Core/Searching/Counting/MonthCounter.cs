using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching.Counting;

/// <summary>Counts collected documents by the month of a yyyyMMdd numeric doc-values date; undated documents are not counted.</summary>
public sealed class MonthCounter(string field) : ICollector
{
    private readonly SortedDictionary<int, int> months = [];
    private NumericDocValues? dates;
    private IBits? hasDate;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        dates = context.AtomicReader.GetNumericDocValues(field);
        hasDate = context.AtomicReader.GetDocsWithField(field);
    }

    public void Collect(int doc)
    {
        if (dates is not null && hasDate is not null && hasDate.Get(doc))
        {
            var month = (int)(dates.Get(doc) / 100);
            months[month] = months.GetValueOrDefault(month) + 1;
        }
    }

    /// <summary>Every month with a count, oldest first, as "yyyy-MM".</summary>
    public IReadOnlyList<MonthCount> Result() =>
        [.. months.Select(m => new MonthCount(string.Create(CultureInfo.InvariantCulture, $"{m.Key / 100:D4}-{m.Key % 100:D2}"), m.Value))];
}

/// <summary>How many documents fall in one month ("yyyy-MM").</summary>
public sealed record MonthCount(string Month, int Count);
