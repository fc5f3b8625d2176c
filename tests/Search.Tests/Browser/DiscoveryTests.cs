using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Search.Tests.Browser;

/// <summary>Suggestions, "did you mean" and the quotes tab in the &lt;news-search&gt; element, on the search page and embedded in a portal.</summary>
public sealed class DiscoveryTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static ILocator Box(IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Search news articles" });

    private static ILocator Options(IPage page) => page.Locator("news-search [role=option]");

    [SkippableFact]
    public async Task Typing_part_of_a_name_suggests_the_speaker_and_choosing_it_filters_by_them()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Api.Origin + "/");

        await Box(page).PressSequentiallyAsync("okaf", new() { Delay = 40 });
        var suggestion = page.Locator("news-search .suggestion[data-type=speaker][data-text='Amara Okafor']");
        await suggestion.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("speaker=Amara\\+Okafor"));
        await Expect(Box(page)).ToHaveValueAsync(string.Empty);
        await Expect(Options(page)).ToHaveCountAsync(1);
        await Expect(Options(page).First).ToContainTextAsync("Lagos side clinches continental title");
        await Expect(page.Locator("news-search .suggestions")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task A_misspelt_search_offers_did_you_mean_and_following_it_searches_the_correction()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Api.Origin + "/?q=watanbe");

        var fix = page.Locator("news-search .didyoumean button");
        await Expect(fix).ToHaveTextAsync("watanabe");
        await fix.ClickAsync();

        await Expect(Box(page)).ToHaveValueAsync("watanabe");
        await Expect(page).ToHaveURLAsync(new Regex("q=watanabe"));
        await Expect(page.Locator("news-search .didyoumean")).ToBeHiddenAsync();
        await Expect(Options(page).First).ToContainTextAsync("OPEC weighs deeper output cuts");
    }

    [SkippableFact]
    public async Task The_quotes_tab_finds_who_said_it_and_opens_the_article()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Api.Origin + "/");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Quotes" }).ClickAsync();
        await Box(page).PressSequentiallyAsync("declare victory", new() { Delay = 30 });

        await Expect(page).ToHaveURLAsync(new Regex("tab=quotes"));
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Quotes" })).ToHaveAttributeAsync("aria-selected", "true");
        var quote = Options(page).First;
        await Expect(Options(page)).ToHaveCountAsync(1);
        await Expect(quote.Locator(".speaker")).ToHaveTextAsync("Jane Doe");
        await Expect(quote.Locator("mark").First).ToHaveTextAsync("declare");
        await Expect(page.Locator("news-search .count")).ToHaveTextAsync("1 quote");

        await quote.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Central bank holds rates as inflation cools");
    }

    [SkippableFact]
    public async Task The_embedded_box_suggests_places_in_its_dropdown()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Portal.Origin + "/");
        await page.WaitForFunctionAsync("customElements.get('news-search') !== undefined");

        await Box(page).PressSequentiallyAsync("saud", new() { Delay = 40 });

        var place = page.Locator("news-search .suggestion[data-type=place][data-text='Saudi Arabia']");
        await Expect(place).ToBeVisibleAsync();
        await place.ClickAsync();
        await Expect(page.Locator("news-search .chip[data-field=location][data-value='Saudi Arabia']")).ToHaveAttributeAsync("aria-pressed", "true");
        foreach (var option in await Options(page).AllAsync())
        {
            await Expect(option).ToContainTextAsync("Saudi Arabia");
        }
    }

    [SkippableFact]
    public async Task The_article_page_lists_related_articles_that_link_to_their_pages()
    {
        Skip.If(Chromium.Missing, Chromium.MissingMessage);
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Api.Origin + "/articles/reuters-901");

        var related = page.GetByRole(AriaRole.Region, new() { Name = "Related articles" });
        await Expect(related.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await related.GetByRole(AriaRole.Link, new() { Name = "Saudi Arabia signals steady supply" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/articles/nw-2024-0002$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Saudi Arabia signals steady supply");
    }
}
