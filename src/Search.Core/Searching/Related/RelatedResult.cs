namespace Search.Core.Searching.Related;

/// <summary>Articles like the one with <see cref="Id"/>, most similar first.</summary>
public sealed record RelatedResult(string Id, double TookMs, IReadOnlyList<RelatedHit> Hits);

/// <summary>A similar article as a list shows it.</summary>
public sealed record RelatedHit(string Id, string Title, string? Date, IReadOnlyList<string> Speakers, IReadOnlyList<string> Locations, float Score, string? Url);
