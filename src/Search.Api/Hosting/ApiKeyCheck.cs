using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Search.Api.Hosting;

/// <summary>
/// When Search:ApiKeys lists keys, every /api/* request must carry one of them in the X-Api-Key header, or gets 401
/// problem+json. Pages and static files stay open: a link or a script tag cannot send a header.
/// </summary>
public static class ApiKeyCheck
{
    public const string Header = "X-Api-Key";

    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app)
    {
        var keys = app.ApplicationServices.GetRequiredService<IOptions<SearchApiOptions>>().Value.ApiKeys
            .Select(k => k.Trim())
            .Where(k => k.Length > 0)
            .Select(Digest)
            .ToArray();
        if (keys.Length == 0)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var sent = context.Request.Headers[Header].ToString();
            if (sent.Length > 0 && IsKnown(keys, Digest(sent)))
            {
                await next(context);
                return;
            }

            await Results.Problem(
                title: "API key required",
                detail: sent.Length == 0 ? $"This API needs a key: send it in the {Header} header." : $"The key in the {Header} header is not valid.",
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        });
    }

    // Comparing fixed-length digests in constant time tells a guesser nothing about how much of a key was right.
    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static bool IsKnown(byte[][] keys, byte[] sent)
    {
        var known = false;
        foreach (var key in keys)
        {
            known |= CryptographicOperations.FixedTimeEquals(key, sent);
        }

        return known;
    }
}
