namespace Search.Core.Searching;

/// <summary>What one search may cost: query length, terms a wildcard, prefix, regex or fuzzy term may expand to, page depth, time and threads.</summary>
public sealed record SearchLimits
{
    /// <summary>Longest query text accepted, in characters.</summary>
    public int MaxQueryLength { get; init; } = 2000;

    /// <summary>Most index terms one wildcard, prefix, regex or range term may match before the query is refused; fuzzy terms keep their best this many (at most 50).</summary>
    public int MaxExpansions { get; init; } = 1024;

    /// <summary>How deep results may be paged (page × size), as Elasticsearch's max_result_window.</summary>
    public int MaxResultWindow { get; init; } = SearchService.MaxResultWindow;

    /// <summary>Time a search may spend collecting hits; when it runs out the hits found so far are returned, flagged as timed out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Documents one thread searches: an index of more is cut into slices of about this size, searched at once on up
    /// to <see cref="MaxThreadsPerSearch"/> threads. Lucene 9 uses the same figure as its largest slice.
    /// </summary>
    public int DocsPerThread { get; init; } = 250_000;

    /// <summary>Most threads one search runs on.</summary>
    public int MaxThreadsPerSearch { get; init; } = Environment.ProcessorCount;
}
