using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Search.Tests.Browser;

/// <summary>A stand-in intranet portal: a tiny web server on its own loopback port, and so its own origin, serving one page.</summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private PortalServer(WebApplication app)
    {
        this.app = app;
        Origin = app.Urls.Single().TrimEnd('/');
    }

    /// <summary>e.g. http://127.0.0.1:40124, as a browser sends it in the Origin header.</summary>
    public string Origin { get; }

    /// <summary>Starts serving <paramref name="page"/> at "/"; the page is asked for on each request, so it may be set after the start.</summary>
    public static async Task<PortalServer> StartAsync(Func<string> page)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(page(), "text/html; charset=utf-8"));
        await app.StartAsync();
        return new PortalServer(app);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
