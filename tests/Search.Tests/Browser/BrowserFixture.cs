using System.Collections.Concurrent;
using Microsoft.Playwright;
using Search.Tests.Fixtures;

namespace Search.Tests.Browser;

/// <summary>
/// For one test class: the API (allowing one portal's origin, with the hostile article in its corpus), two portals on
/// other loopback origins serving the example embed page (one allowed, one not), and chromium, started once.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private Chromium? chromium;
    private ApiServer? api;
    private PortalServer? portal;
    private PortalServer? blockedPortal;

    public ApiServer Api => api ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>A portal whose origin is in Search:AllowedOrigins.</summary>
    public PortalServer Portal => portal ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>A portal the API does not list, so browsers must refuse it the API's answers.</summary>
    public PortalServer BlockedPortal => blockedPortal ?? throw new InvalidOperationException(Chromium.MissingMessage);

    public async Task InitializeAsync()
    {
        if (Chromium.Missing)
        {
            return;
        }

        var page = string.Empty;
        portal = await PortalServer.StartAsync(() => page);
        blockedPortal = await PortalServer.StartAsync(() => page);
        api = ApiServer.With(new Dictionary<string, string> { ["Search:AllowedOrigins:0"] = portal.Origin });

        // The portals copy the example page and point its script tag at the search service, as a real portal's page would.
        var example = await api.Client.GetStringAsync("/embed-example.html");
        page = example.Replace("src=\"/widget.js\"", $"src=\"{api.Origin}/widget.js\"", StringComparison.Ordinal)
            .Replace("href=\"/embed-example.css\"", $"href=\"{api.Origin}/embed-example.css\"", StringComparison.Ordinal);

        await HostileArticle.AddToAsync(api);
        chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser context and page; every dialog it opens (alert, confirm) is recorded and dismissed.</summary>
    public async Task<(IPage Page, IReadOnlyCollection<string> Dialogs)> NewPageAsync()
    {
        var browser = (chromium ?? throw new InvalidOperationException(Chromium.MissingMessage)).Browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
        });

        // Nothing leaves the machine: an article's own url (news.example.com in the samples) gets a stand-in page.
        await context.RouteAsync(
            url => !new Uri(url).IsLoopback,
            route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<h1>External article</h1>" }));

        var page = await context.NewPageAsync();
        var dialogs = new ConcurrentQueue<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Enqueue(dialog.Message);
            _ = dialog.DismissAsync();
        };
        return (page, dialogs);
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        api?.Dispose();
        if (portal is not null)
        {
            await portal.DisposeAsync();
        }

        if (blockedPortal is not null)
        {
            await blockedPortal.DisposeAsync();
        }
    }
}
