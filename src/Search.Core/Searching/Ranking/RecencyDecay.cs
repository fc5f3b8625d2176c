using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Searching.Ranking;

/// <summary>
/// Elasticsearch-style exponential decay by age: a score is multiplied by 0.5^(age / half-life). Age is counted from
/// the newest article in the index (or today, if that is earlier), so an archive of old news still ranks by relative
/// recency instead of every score decaying to nothing. Undated articles rank as if infinitely old.
/// </summary>
public static class RecencyDecay
{
    private static readonly ConditionalWeakTable<IndexReader, StrongBox<int?>> NewestDates = [];

    /// <summary>The query with decayed scores, or the query itself when no half-life is given.</summary>
    public static Query Apply(Query query, TimeSpan? halfLife, IndexReader reader)
    {
        if (halfLife is not { } h || h <= TimeSpan.Zero)
        {
            return query;
        }

        var newest = NewestDates.GetValue(reader, r => new StrongBox<int?>(NewestDateKey(r))).Value;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var origin = newest is { } key && ToDate(key) is { } date && date < today ? date : today;
        return new DecayQuery(query, origin.DayNumber, h.TotalDays);
    }

    private static int? NewestDateKey(IndexReader reader)
    {
        int? newest = null;
        foreach (var leaf in reader.Leaves)
        {
            var dates = leaf.AtomicReader.GetNumericDocValues(ArticleFields.Date);
            var has = leaf.AtomicReader.GetDocsWithField(ArticleFields.Date);
            if (dates is null || has is null)
            {
                continue;
            }

            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (has.Get(doc) && (newest is null || dates.Get(doc) > newest))
                {
                    newest = (int)dates.Get(doc);
                }
            }
        }

        return newest;
    }

    private static DateOnly? ToDate(long key)
    {
        var (year, month, day) = ((int)(key / 10000), (int)(key / 100 % 100), (int)(key % 100));
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The decayed query; equal when origin and half-life are, so query caches stay correct.</summary>
    private sealed class DecayQuery(Query query, int originDay, double halfLifeDays) : CustomScoreQuery(query)
    {
        protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
            new Provider(context, originDay, halfLifeDays);

        public override bool Equals(object? obj) =>
            obj is DecayQuery other && base.Equals(other) && other.OriginDay == OriginDay && other.HalfLifeDays == HalfLifeDays;

        public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), originDay, halfLifeDays);

        public override string ToString(string field) => $"recency({base.ToString(field)}, half-life {halfLifeDays}d)";

        private int OriginDay => originDay;

        private double HalfLifeDays => halfLifeDays;
    }

    private sealed class Provider(AtomicReaderContext context, int originDay, double halfLifeDays) : CustomScoreProvider(context)
    {
        private readonly NumericDocValues? dates = context.AtomicReader.GetNumericDocValues(ArticleFields.Date);
        private readonly IBits? hasDate = context.AtomicReader.GetDocsWithField(ArticleFields.Date);

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore)
        {
            if (dates is null || hasDate is null || !hasDate.Get(doc) || ToDate(dates.Get(doc)) is not { } date)
            {
                return 0;
            }

            var age = Math.Max(0, originDay - date.DayNumber);
            return (float)(subQueryScore * Math.Pow(0.5, age / halfLifeDays));
        }
    }
}
