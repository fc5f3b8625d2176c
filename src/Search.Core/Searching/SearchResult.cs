namespace Search.Core.Searching;

/// <summary>One page of hits with the total count and facet counts over every matching article.</summary>
public sealed record SearchResult(string Query, int Total, double TookMs, int Page, int Size, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    /// <summary>True when the search ran out of time: hits, total and facets then cover only the articles examined so far.</summary>
    public bool TimedOut { get; init; }

    /// <summary>"Did you mean": a corrected query that finds more, when this one found little; null otherwise.</summary>
    public string? Suggestion { get; init; }
}

/// <summary>A matching article as a result list shows it, with highlighted title and body fragments.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string? Date,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Locations,
    float Score,
    string? Url,
    HitHighlight Highlight);

/// <summary>HTML-escaped text with matched terms in &lt;mark&gt;: the only markup a page may trust.</summary>
public sealed record HitHighlight(string Title, IReadOnlyList<string> Body);

/// <summary>How many matching articles carry each speaker, location and year.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Speakers, IReadOnlyList<FacetValue> Locations, IReadOnlyList<FacetValue> Years);

public sealed record FacetValue(string Value, int Count);
