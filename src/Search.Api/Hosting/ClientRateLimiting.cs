using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Search.Api.Hosting;

/// <summary>
/// Limits how many requests each client IP address makes per window, for every endpoint and page; a client over its
/// limit gets 429 problem+json with Retry-After saying when its window reopens.
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchApiOptions>>((limiter, search) =>
        {
            var options = search.Value.RateLimit;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.PermitLimit <= 0
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.PermitLimit,
                            Window = TimeSpan.FromSeconds(Math.Max(0.001, options.WindowSeconds)),
                            QueueLimit = 0,
                        }));
            limiter.OnRejected = (rejected, cancellationToken) => Reject(rejected, options, cancellationToken);
        });
        return services;
    }

    private static async ValueTask Reject(OnRejectedContext rejected, ClientRateLimitOptions options, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : Math.Max(1, (int)Math.Ceiling(options.WindowSeconds));
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            title: "Too many requests",
            detail: $"At most {options.PermitLimit} requests per {options.WindowSeconds:0.###} s from one client; retry after {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
