using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>The "Search" configuration section (env vars: Search__IndexPath, Search__CorpusPath, ...).</summary>
public sealed class SearchApiOptions
{
    public const string Section = "Search";

    /// <summary>Index folder, relative to the content root unless absolute.</summary>
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Corpus built into the index at startup when there is no index yet; empty to never build.</summary>
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>How often to look for a newer index commit, in seconds.</summary>
    public double RefreshSeconds { get; set; } = 1;

    /// <summary>Seconds of warm-up searches after startup (see <see cref="SearchWarmup"/>); 0 for none.</summary>
    public double WarmupSeconds { get; set; } = 10;

    /// <summary>Origins whose pages may call the API from the browser (CORS, GET only), e.g. https://portal.example.internal; "*" for any. None by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Keys that may read /api/*, sent in the X-Api-Key header; none configured means the API is open.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>Query length, term expansion, page depth and time limits of a search (Search:Limits:MaxQueryLength, ...).</summary>
    public SearchLimits Limits { get; set; } = new();

    /// <summary>Requests one client (IP address) may make per window (Search:RateLimit:PermitLimit, ...).</summary>
    public ClientRateLimitOptions RateLimit { get; set; } = new();
}
