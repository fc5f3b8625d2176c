namespace Search.Api.Hosting;

/// <summary>
/// Headers every response carries: nosniff, so nothing is run as a type it was not sent as, and a Content-Security-Policy:
/// for pages, scripts, styles and API calls from this origin only and nothing inline; for everything else, nothing at all.
/// An endpoint that sets its own, stricter policy (the article pages) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Set as the response starts, so error pages, 429s and static files written after a failure get them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                headers.ContentSecurityPolicy = html ? PagePolicy : DataPolicy;
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
