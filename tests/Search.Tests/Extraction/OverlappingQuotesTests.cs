using Search.Core.Articles;
using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class OverlappingQuotesTests
{
    [Fact]
    public void A_statement_reported_again_by_a_second_cue_is_kept_once()
    {
        var people = new PersonRecognizer(Lexicon.Default);
        const string text = "Hillary Clinton spoke in Florida. Clinton said she thinks America is strongest when people work together.";

        var quotes = new QuoteAttributor(Lexicon.Default).Attribute(text, people.Recognize(text));

        var quote = Assert.Single(quotes);
        Assert.Equal("Hillary Clinton", quote.Speaker);
        Assert.Contains("America is strongest", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_speaker_saying_the_same_words_keeps_the_quote()
    {
        Quote[] quotes = [new("Jane Doe", "the talks will go on next week"), new("John Roe", "the talks will go on"), new("Jane Doe", "the talks will go on")];

        Assert.Equal([quotes[0], quotes[1]], OverlappingQuotes.Remove(quotes));
    }
}
