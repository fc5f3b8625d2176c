using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class DetokenizerTests
{
    private static string[] Tokens(string text) => text.Split(' ');

    [Fact]
    public void Punctuation_clitics_and_brackets_attach_to_their_word()
    {
        var text = Detokenizer.Join(Tokens("The mayor 's plan ( approved Tuesday ) did n't cost $ 4 million , or 5 % ; aides said : fine ."));

        Assert.Equal("The mayor's plan (approved Tuesday) didn't cost $4 million, or 5%; aides said: fine.", text);
    }

    [Fact]
    public void Straight_quotes_open_and_close_in_turn()
    {
        var text = Detokenizer.Join(Tokens("\" We will stay , \" she said , \" and we will win . \""));

        Assert.Equal("\"We will stay,\" she said, \"and we will win.\"", text);
    }

    [Fact]
    public void A_quote_stays_open_across_sentences_of_one_text()
    {
        var detokenizer = new Detokenizer();

        var first = detokenizer.Sentence(Tokens("\" We are ready ."));
        var second = detokenizer.Sentence(Tokens("The rest will follow , \" he said ."));

        Assert.Equal("\"We are ready.", first);
        Assert.Equal("The rest will follow,\" he said.", second);
    }

    [Fact]
    public void A_quote_left_at_the_end_of_a_sentence_opens_the_next()
    {
        var detokenizer = new Detokenizer();

        var first = detokenizer.Sentence(Tokens("\" It holds , \" Lee said . \""));
        var second = detokenizer.Sentence(Tokens("It will hold . \""));

        Assert.Equal("\"It holds,\" Lee said.", first);
        Assert.Equal("\"It will hold.\"", second);
    }

    [Fact]
    public void Plural_possessive_and_currency_prefixes()
    {
        Assert.Equal("the players' union paid C$12", Detokenizer.Join(Tokens("the players ' union paid C$ 12")));
    }
}
