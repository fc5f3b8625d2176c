using System.Net;
using System.Text.RegularExpressions;
using Search.Core.Searching;
using Search.Core.Searching.Quotes;
using Search.Core.Searching.Related;
using Search.Core.Searching.Suggestions;
using Search.Tests.Fixtures;

namespace Search.Tests.Shared;

/// <summary>The issue's "done when" checks for quote search, suggestions, typo tolerance and related articles on Reuters-21578 plus PolNeAR.</summary>
public partial class ReutersPolnearDiscoveryTests(ReutersPolnearIndex corpus) : IClassFixture<ReutersPolnearIndex>
{
    private SearchService Search()
    {
        SharedData.Require("corpora/reuters21578");
        SharedData.Require("corpora/polnear");
        return corpus.Search!;
    }

    [SkippableFact]
    public void Both_corpora_are_indexed_and_quotes_do_not_count_as_articles()
    {
        var search = Search();

        Assert.True(corpus.Summary!.Articles > 21_578);
        Assert.Equal(corpus.Summary.Articles, search.Count);
        Assert.Equal(corpus.Summary.Articles, corpus.Summary.TotalArticles);
    }

    [SkippableFact]
    public void A_phrase_from_a_quoted_statement_finds_it_first_with_its_speaker()
    {
        using var quotes = new QuoteSearch(Search());

        var hit = quotes.Search(new QuoteRequest { Query = "\"a time to leave and a time to come\"" }).Hits[0];

        Assert.Equal("Paul Volcker", hit.Speaker);
        Assert.Contains("I have no feeling I was being pushed", hit.Text);
        Assert.Equal("REAGAN SAYS VOLCKER WILL NOT SERVE NEW TERM", hit.Title);
    }

    [SkippableFact]
    public void Phrases_from_many_quotes_each_find_their_own_speaker_first()
    {
        using var quotes = new QuoteSearch(Search());
        var sample = quotes.Search(new QuoteRequest { Size = 100 }).Hits
            .Select(h => (h.Speaker, Phrase: PlainRun(WebUtility.HtmlDecode(h.Text))))
            .Where(q => q.Phrase is not null)
            .Take(40)
            .ToList();
        Assert.True(sample.Count >= 20, $"only {sample.Count} quotes with six plain words in a row");

        var found = sample.Count(q =>
        {
            var first = quotes.Search(new QuoteRequest { Query = $"\"{q.Phrase}\"" }).Hits.FirstOrDefault();
            return first is not null && first.Speaker == q.Speaker;
        });

        // Wire stories repeat sentences under other speakers now and then; nearly every phrase must still lead to its own.
        Assert.True(found >= sample.Count * 9 / 10, $"{found} of {sample.Count} phrases found their speaker first");
    }

    [SkippableFact]
    public void Kuwiat_oil_finds_kuwait_oil_articles_and_suggests_kuwait_oil()
    {
        var search = Search();
        using var didYouMean = new DidYouMean(search);
        var request = new SearchRequest { Query = "kuwiat oil", Size = 20 };

        var result = search.Search(request);

        Assert.True(result.Total >= 20, $"{result.Total} results");
        Assert.All(result.Hits, h =>
        {
            var article = search.GetArticle(h.Id)!;
            Assert.Contains("kuwait", article.Title + " " + article.Body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("oil", article.Title + " " + article.Body, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal("kuwait oil", didYouMean.For(request));
        Assert.True(search.Search(new SearchRequest { Query = "kuwait oil" }).Total >= result.Total);
    }

    [SkippableFact]
    public void Volc_suggests_paul_volcker_first()
    {
        var suggestions = new Suggester(Search()).Suggest("volc", 8).Suggestions;

        Assert.Equal("Paul Volcker", suggestions[0].Text);
        Assert.Equal("speaker", suggestions[0].Type);
        Assert.True(suggestions[0].Count >= 20);
    }

    [SkippableFact]
    public void Related_articles_of_an_opec_article_are_opec_articles()
    {
        var search = Search();
        using var related = new RelatedArticles(search);
        var opec = search.Search(new SearchRequest { Query = "title:opec", Size = 5 }).Hits;
        Assert.Equal(5, opec.Count);

        foreach (var article in opec)
        {
            var hits = related.For(article.Id, 5)!.Hits;
            Assert.Equal(5, hits.Count);
            Assert.DoesNotContain(hits, h => h.Id == article.Id);
            var aboutOpec = hits.Count(h => (h.Title + " " + search.GetArticle(h.Id)!.Body).Contains("OPEC", StringComparison.OrdinalIgnoreCase));
            Assert.True(aboutOpec >= 4, $"{article.Title}: only {aboutOpec} of 5 related articles mention OPEC: {string.Join(" | ", hits.Select(h => h.Title))}");
        }
    }

    /// <summary>Six words in a row made of letters only (no punctuation to trip a phrase query), or null.</summary>
    private static string? PlainRun(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i + 6 <= words.Length; i++)
        {
            if (words.Skip(i).Take(6).All(w => Letters().IsMatch(w)))
            {
                return string.Join(' ', words.Skip(i).Take(6));
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z]+$")]
    private static partial Regex Letters();
}
