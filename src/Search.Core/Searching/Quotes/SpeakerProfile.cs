using Search.Core.Searching.Counting;

namespace Search.Core.Searching.Quotes;

/// <summary>
/// How often and when a speaker is quoted: quote and article counts, quotes by month (oldest first), the places and
/// people most often in the same articles, and the latest quotes.
/// </summary>
public sealed record SpeakerProfile(
    string Name,
    int Quotes,
    int Articles,
    IReadOnlyList<MonthCount> Months,
    IReadOnlyList<FacetValue> Places,
    IReadOnlyList<FacetValue> People,
    IReadOnlyList<QuoteHit> LatestQuotes);
