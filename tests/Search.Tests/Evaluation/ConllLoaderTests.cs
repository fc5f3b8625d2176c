using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class ConllLoaderTests
{
    private static List<ConllToken> Tokens(string tagged) =>
        [.. tagged.Split(' ').Select(t => t.Split('/')).Select(p => new ConllToken(p[0], p.Length > 1 ? p[1] : "O"))];

    private static AnnotatedArticle Article() => ConllLoader.ToArticle(
        new ConllDocument(
            Tokens("Rowe/B-PER wins/O in/O Porthaven/B-LOC ./O"),
            Tokens("Tom/B-PER Vale/I-PER"),
            Tokens("PORTHAVEN/B-LOC ,/O Norland/B-LOC 1996-09-02/O"),
            [
                Tokens("Ann/B-PER Rowe/I-PER of/O the/O U.S./B-LOC won/O ./O"),
                Tokens("\"/O It/O was/O hard/O ,/O \"/O Rowe/B-PER said/O ./O"),
            ]),
        "conll2003/eng.testx",
        7);

    [Fact]
    public void Headline_is_the_title_and_the_body_opens_with_the_dateline()
    {
        var article = Article().Article;

        Assert.Equal("Rowe wins in Porthaven.", article.Title);
        Assert.Equal("PORTHAVEN, Norland 1996-09-02\nAnn Rowe of the U.S. won.\n\"It was hard,\" Rowe said.", article.Body);
        Assert.Equal("Tom Vale", article.Author);
        Assert.Equal("conll2003/eng.testx#7", article.Source.ToString());
    }

    [Fact]
    public void Gold_is_the_distinct_spans_of_the_text_without_the_byline()
    {
        var gold = Article();

        Assert.Equal(["Rowe", "Ann Rowe"], gold.People);
        Assert.Equal(["Porthaven", "Norland", "U.S."], gold.Locations);
        Assert.Equal(new DateOnly(1996, 9, 2), gold.PublicationDate);
    }

    [Fact]
    public void Adjacent_entities_split_on_a_begin_tag()
    {
        var names = EntitySpans.Find(Tokens("Ann/B-PER Rowe/I-PER Tom/B-PER Vale/I-PER met/O Lee/I-PER"), "PER");

        Assert.Equal(["Ann Rowe", "Tom Vale", "Lee"], names);
    }
}
