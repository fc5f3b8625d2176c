namespace Search.Api.Hosting;

/// <summary>The "Search:RateLimit" section: a fixed window of requests per client IP address; generous by default.</summary>
public sealed class ClientRateLimitOptions
{
    /// <summary>Requests one client may make per window; 0 turns rate limiting off (e.g. behind a proxy that limits already).</summary>
    public int PermitLimit { get; set; } = 1000;

    /// <summary>Length of the window, in seconds.</summary>
    public double WindowSeconds { get; set; } = 10;
}
