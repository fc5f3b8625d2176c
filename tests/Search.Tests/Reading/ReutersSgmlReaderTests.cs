using Search.Core.Reading;
using Search.Tests.Fixtures;

namespace Search.Tests.Reading;

public class ReutersSgmlReaderTests
{
    private readonly ReutersSgmlReader reader = new();

    [Fact]
    public void Reads_every_record_with_metadata()
    {
        var articles = reader.Read(new SourceFile("sgml/oil.sgm", SampleArticles.ReutersSgml)).ToList();

        Assert.Equal(2, articles.Count);
        var first = articles[0];
        Assert.Equal("reuters-901", first.Id);
        Assert.Equal("SAUDI OIL OUTPUT STEADY, MINISTER SAYS", first.Title);
        Assert.Equal(new DateOnly(2024, 2, 26), first.Date);
        Assert.StartsWith("RIYADH, Feb 26 - Saudi Arabia will keep", first.Body);
        Assert.Equal(["saudi arabia", "usa"], first.DeclaredLocations);
        Assert.Equal("sgml/oil.sgm#1", first.Source.ToString());
    }

    [Fact]
    public void Body_is_rejoined_decoded_and_without_trailer()
    {
        var first = reader.Read(new SourceFile("oil.sgm", SampleArticles.ReutersSgml)).First();

        Assert.Contains("Saudi Arabia will keep crude oil output steady in March", first.Body);
        Assert.Contains("Prices <rose> 2 pct in New York & London trading.", first.Body);
        Assert.DoesNotContain("Reuter", first.Body);
        Assert.DoesNotContain('\u0003', first.Body);
    }

    [Fact]
    public void Unclosed_record_is_an_error()
    {
        var broken = SampleArticles.ReutersSgml + "\n<REUTERS NEWID=\"903\"><TEXT><TITLE>CUT</TITLE>";
        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("broken.sgm", broken)).ToList());
        Assert.Contains("not closed", ex.Reason);
    }
}
