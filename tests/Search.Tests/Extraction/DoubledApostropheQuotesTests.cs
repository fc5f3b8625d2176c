using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class DoubledApostropheQuotesTests
{
    [Fact]
    public void Two_apostrophes_around_a_quotation_become_quote_marks_that_touch_the_quoted_words()
    {
        const string text = "''We will not back down,'' said Ana Ortiz. ''Never.''";

        var normalized = DoubledApostropheQuotes.Normalize(text);

        Assert.Equal(" \"We will not back down,\"  said Ana Ortiz.  \"Never.\" ", normalized);
        Assert.Equal(text.Length, normalized.Length);
    }

    [Fact]
    public void Text_without_doubled_apostrophes_is_returned_unchanged()
    {
        const string text = "The firm's chief said 'no' to the bid and \"maybe\" to the merger.";

        Assert.Same(text, DoubledApostropheQuotes.Normalize(text));
    }

    [Fact]
    public void A_quotation_after_a_colon_or_mid_sentence_opens_and_closes_correctly()
    {
        var normalized = DoubledApostropheQuotes.Normalize("He told them:''It is over.'' Then he left, calling it ''a farce''.");

        Assert.Equal("He told them: \"It is over.\"  Then he left, calling it  \"a farce\" .", normalized);
    }

    [Fact]
    public void Doubled_apostrophe_quotes_are_attributed_like_double_quotes()
    {
        const string text = "''The budget is a disgrace and the voters know it,'' said Senator Marta Kowalczyk, Democrat of Ohio.";
        var normalized = DoubledApostropheQuotes.Normalize(text);

        var quotes = new QuoteAttributor(Lexicon.Default).Attribute(normalized, new PersonRecognizer(Lexicon.Default).Recognize(normalized));

        Assert.Equal("Marta Kowalczyk", Assert.Single(quotes).Speaker);
    }
}
