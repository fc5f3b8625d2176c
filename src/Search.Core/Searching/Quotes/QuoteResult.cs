namespace Search.Core.Searching.Quotes;

/// <summary>One page of matching quotes, best first (newest first without query words), with speaker counts over all of them.</summary>
public sealed record QuoteResult(string Query, int Total, double TookMs, int Page, int Size, IReadOnlyList<QuoteHit> Hits, QuoteFacets Facets);

/// <summary>A quote with who said it and the article it is from; <see cref="Text"/> is HTML-escaped with matches in &lt;mark&gt;.</summary>
public sealed record QuoteHit(string Speaker, string Text, string ArticleId, string Title, string? Date);

/// <summary>How many matching quotes each speaker said.</summary>
public sealed record QuoteFacets(IReadOnlyList<FacetValue> Speakers);
