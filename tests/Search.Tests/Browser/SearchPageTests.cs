using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Search.Tests.Browser;

/// <summary>The full search page at GET /, built on the same &lt;news-search&gt; element: sort, date range, facets sidebar, URL state.</summary>
public sealed class SearchPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static ILocator Box(IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Search news articles" });

    private static ILocator Options(IPage page) => page.Locator("news-search [role=option]");

    [SkippableFact]
    public async Task The_page_restores_its_search_from_the_url_and_keeps_it_there()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, _) = await fixture.NewPageAsync();

        await page.GotoAsync(fixture.Api.Origin + "/?q=oil&sort=date");

        await Expect(Box(page)).ToHaveValueAsync("oil");
        await Expect(page.Locator("#sort")).ToHaveValueAsync("date");
        await Expect(Options(page).First).ToBeVisibleAsync();
        var dates = await page.Locator("news-search [role=option] time").EvaluateAllAsync<string[]>("els => els.map(e => e.dateTime)");
        Assert.True(dates.Length >= 2);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        var facet = page.Locator("#facets .facet[data-field=speaker][data-value='Faisal Al-Harbi']");
        await facet.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("speaker=Faisal\\+Al-Harbi"));
        await Expect(facet).ToHaveAttributeAsync("aria-pressed", "true");

        await page.ReloadAsync();
        await Expect(Box(page)).ToHaveValueAsync("oil");
        await Expect(page.Locator("#facets .facet[data-field=speaker][data-value='Faisal Al-Harbi']")).ToHaveAttributeAsync("aria-pressed", "true");
        foreach (var option in await Options(page).AllAsync())
        {
            await Expect(option).ToContainTextAsync("Faisal Al-Harbi");
        }
    }

    [SkippableFact]
    public async Task The_date_range_and_the_year_facet_narrow_the_results()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Api.Origin + "/");
        await Expect(Options(page).First).ToBeVisibleAsync();
        await Expect(Box(page)).ToBeFocusedAsync();

        await page.Locator("#from").FillAsync("2024-01-01");
        await page.Locator("#to").FillAsync("2024-12-31");

        await Expect(page).ToHaveURLAsync(new Regex("from=2024-01-01&to=2024-12-31"));
        await Expect(page.Locator("#facets .facet[data-field=year][data-value='2024']")).ToHaveAttributeAsync("aria-pressed", "true");
        var dates = await page.Locator("news-search [role=option] time").EvaluateAllAsync<string[]>("els => els.map(e => e.dateTime)");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2024-", d));

        await page.Locator("#clear-filters").ClickAsync();
        await Expect(page.Locator("#from")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator("#facets .facet[data-field=year][data-value='2024']")).ToHaveAttributeAsync("aria-pressed", "false");
    }
}
