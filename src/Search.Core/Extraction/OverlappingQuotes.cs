using Search.Core.Articles;

namespace Search.Core.Extraction;

/// <summary>
/// Drops a quote that repeats part of another by the same speaker: "Clinton said she thinks America is strongest"
/// yields one statement from "said" and its tail again from "thinks"; only the whole statement is kept.
/// </summary>
public static class OverlappingQuotes
{
    /// <summary>The quotes in order, without those whose text lies within another of the same speaker's (the first of equal ones stays).</summary>
    public static List<Quote> Remove(IReadOnlyList<Quote> quotes)
    {
        var kept = new List<Quote>(quotes.Count);
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var covered = false;
            for (var j = 0; j < quotes.Count && !covered; j++)
            {
                var other = quotes[j];
                covered = j != i && other.Speaker == quote.Speaker && other.Text.Contains(quote.Text, StringComparison.Ordinal)
                    && (other.Text.Length > quote.Text.Length || j < i);
            }

            if (!covered)
            {
                kept.Add(quote);
            }
        }

        return kept;
    }
}
