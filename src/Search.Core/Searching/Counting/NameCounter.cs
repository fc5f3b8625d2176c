using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching.Counting;

/// <summary>Counts the values of one sorted-set doc-values field over every collected document: per-segment ordinals, resolved to names once per segment.</summary>
public sealed class NameCounter(string field) : ICollector
{
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;
    private int[] counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        values = context.AtomicReader.GetSortedSetDocValues(field);
        counts = values is null ? [] : new int[values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (values is null)
        {
            return;
        }

        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            counts[ord]++;
        }
    }

    /// <summary>The most frequent values, most frequent first, ties alphabetical; <paramref name="except"/> is left out.</summary>
    public IReadOnlyList<FacetValue> Top(int size, Func<string, bool>? except = null)
    {
        Flush();
        return [.. totals.Where(t => except is null || !except(t.Key))
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.OrdinalIgnoreCase)
            .Take(size).Select(t => new FacetValue(t.Key, t.Value))];
    }

    private void Flush()
    {
        if (values is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                values.LookupOrd(ord, term);
                var name = term.Utf8ToString();
                totals[name] = totals.GetValueOrDefault(name) + counts[ord];
                counts[ord] = 0;
            }
        }
    }
}
