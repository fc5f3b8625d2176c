using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Search.Tests.Browser;

/// <summary>The &lt;news-search&gt; widget embedded in a portal page served from another origin than the API.</summary>
public sealed class EmbeddedWidgetTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static ILocator Box(IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Search news articles" });

    private static ILocator Options(IPage page) => page.Locator("news-search [role=option]");

    private async Task<IPage> OpenPortalAsync(PortalServer portal)
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(portal.Origin + "/");
        await page.WaitForFunctionAsync("customElements.get('news-search') !== undefined");
        return page;
    }

    [SkippableFact]
    public async Task Typing_shows_highlighted_results_from_the_api_on_another_origin()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var page = await OpenPortalAsync(fixture.Portal);
        Assert.NotEqual(new Uri(fixture.Api.Origin).Port, new Uri(page.Url).Port);

        await Box(page).PressSequentiallyAsync("oil", new() { Delay = 40 });

        await Expect(Options(page).First).ToBeVisibleAsync();
        await Expect(Box(page)).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Contains("oil", (await page.Locator("news-search [role=option] mark").AllTextContentsAsync()).Select(m => m.ToLowerInvariant()));
        var first = Options(page).First;
        await Expect(first.Locator("time")).ToHaveAttributeAsync("datetime", new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await Expect(page.Locator("news-search [role=status]")).ToContainTextAsync("result");
        await Expect(page.Locator("news-search .chip[data-field=speaker]").First).ToBeVisibleAsync();

        // The first result active, as after one press of the down arrow, so the screenshot shows that state too.
        await Box(page).PressAsync("ArrowDown");
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        var screenshot = Screenshots.PathFor("embed-example.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot });
    }

    [SkippableFact]
    public async Task A_speaker_chip_filters_and_the_arrow_keys_move_to_a_result_that_Enter_opens()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        const string speaker = "Faisal Al-Harbi";
        var expected = await ApiHitsAsync("/api/search?q=oil&speaker=" + Uri.EscapeDataString(speaker));
        Assert.True(expected.Count >= 2, "the sample corpus quotes the speaker in two oil articles");
        var page = await OpenPortalAsync(fixture.Portal);

        await Box(page).PressSequentiallyAsync("oil", new() { Delay = 40 });
        var chip = page.Locator($"news-search .chip[data-field=speaker][data-value='{speaker}']");
        await chip.ClickAsync();

        await Expect(chip).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Options(page)).ToHaveCountAsync(expected.Count);
        foreach (var option in await Options(page).AllAsync())
        {
            await Expect(option).ToContainTextAsync(speaker);
        }

        await Box(page).FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(Box(page)).ToHaveAttributeAsync("aria-activedescendant", "result-0");
        await Expect(Options(page).Nth(0)).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(Box(page)).ToHaveAttributeAsync("aria-activedescendant", "result-1");
        await Expect(Options(page).Nth(0)).ToHaveAttributeAsync("aria-selected", "false");

        var id = await Options(page).Nth(1).GetAttributeAsync("data-id");
        var url = expected.Single(h => h.Id == id).Url;
        var href = url is not null && url.StartsWith("http", StringComparison.Ordinal) ? url : $"{fixture.Api.Origin}/articles/{id}";
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(href);
    }

    [SkippableFact]
    public async Task Slash_focuses_the_box_more_results_appends_and_Escape_clears()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var page = await OpenPortalAsync(fixture.Portal);

        await page.Keyboard.PressAsync("/");
        await Expect(Box(page)).ToBeFocusedAsync();
        await Expect(Box(page)).ToHaveValueAsync(string.Empty);

        await page.Keyboard.TypeAsync("said", new() { Delay = 40 });
        await Expect(Options(page)).ToHaveCountAsync(5);
        await page.Locator("news-search .more").ClickAsync();
        await Expect(Options(page)).Not.ToHaveCountAsync(5);
        Assert.True(await Options(page).CountAsync() > 5);

        await Box(page).PressAsync("Escape");
        await Expect(Box(page)).ToHaveValueAsync(string.Empty);
        await Expect(Box(page)).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.Locator("news-search .panel")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task A_hostile_article_shows_as_text_and_runs_nothing()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, dialogs) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Portal.Origin + "/");

        await Box(page).PressSequentiallyAsync(HostileArticle.Query, new() { Delay = 40 });
        var option = Options(page).First;
        await Expect(option.Locator(".title")).ToContainTextAsync(HostileArticle.TitleMarkup);
        await Expect(option.Locator(".snippet")).ToContainTextAsync("<img src=x onerror=");
        Assert.Equal(0, await page.Locator("news-search img, news-search script").CountAsync());
        await page.WaitForTimeoutAsync(200);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));

        await option.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(fixture.Api.Origin + "/articles/")));
        await Expect(page.Locator("h1")).ToContainTextAsync(HostileArticle.TitleMarkup);
        await Expect(page.Locator("article")).ToContainTextAsync("<script>window.__pwned=3</script>");
        Assert.Equal(0, await page.Locator("article img, article script").CountAsync());

        await page.WaitForTimeoutAsync(200);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Empty(dialogs);
    }

    [SkippableFact]
    public async Task A_portal_origin_not_in_AllowedOrigins_gets_no_results()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var page = await OpenPortalAsync(fixture.BlockedPortal);

        await Box(page).PressSequentiallyAsync("oil", new() { Delay = 40 });

        await Expect(page.Locator("news-search .error")).ToHaveTextAsync("Could not reach the search service.");
        Assert.Equal(0, await Options(page).CountAsync());
    }

    private async Task<List<ApiHit>> ApiHitsAsync(string url)
    {
        var json = JsonDocument.Parse(await fixture.Api.Client.GetStringAsync(url)).RootElement;
        return [.. json.GetProperty("hits").EnumerateArray().Select(h => new ApiHit(h.GetProperty("id").GetString()!, h.GetProperty("url").GetString()))];
    }

    private sealed record ApiHit(string Id, string? Url);
}
