using Search.Core.Reading;

namespace Search.Tests.Reading;

public class NitfReaderTests
{
    private const string Story = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd">
        <nitf version="-//IPTC//DTD NITF 3.6//EN">
          <head>
            <title>Swiss bank holds (head title)</title>
            <docdata>
              <doc-id id-string="wire-2024-0305-001"/>
              <date.issue norm="20240305T120000Z"/>
              <date.release norm="20240306T000000Z"/>
              <identified-content>
                <person value="Jane Doe"/>
                <location><city>Zurich</city><country>Switzerland</country></location>
                <org value="Swiss National Bank"/>
              </identified-content>
            </docdata>
          </head>
          <body>
            <body.head>
              <hedline><hl1>Swiss central bank holds rates</hl1><hl2>Inflation eases</hl2></hedline>
              <byline>By <person>Ann Lee</person>, <byttl>Staff Writer</byttl></byline>
              <dateline><location><city>GENEVA</city></location>, <story.date norm="20240305">March 5</story.date></dateline>
            </body.head>
            <body.content>
              <p>The Swiss central bank kept its main rate unchanged on Tuesday.</p>
              <block>
                <p>"We are not yet ready," said <person><name.given>Jane</name.given> <name.family>Doe</name.family></person>, the governor, in <location>Bern</location>.</p>
              </block>
            </body.content>
          </body>
        </nitf>
        """;

    private readonly NitfReader reader = new();

    [Fact]
    public void Reads_headline_byline_dateline_dates_paragraphs_and_tags()
    {
        var article = reader.Read(new SourceFile("wire/2024-0305.xml", Story)).Single();

        Assert.Equal("wire-2024-0305-001", article.Id);
        Assert.Equal("Swiss central bank holds rates", article.Title);
        Assert.Equal("Ann Lee", article.Author);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Date);
        Assert.Equal(
            "GENEVA, March 5 - The Swiss central bank kept its main rate unchanged on Tuesday.\n\"We are not yet ready,\" said Jane Doe, the governor, in Bern.",
            article.Body);
        Assert.Equal(["Jane Doe"], article.DeclaredPeople);
        Assert.Equal(["Zurich", "Switzerland", "GENEVA", "Bern"], article.DeclaredLocations);
        Assert.Equal("wire/2024-0305.xml", article.Source.ToString());
    }

    [Fact]
    public void Release_date_and_path_id_when_the_issue_date_and_doc_id_are_missing()
    {
        const string xml = """
            <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><docdata><date.release norm="20230907T081500-0400"/></docdata></head>
            <body><body.content><p>NEW YORK - Stocks rose.</p></body.content></body></nitf>
            """;

        var article = reader.Read(new SourceFile("a.nitf", xml)).Single();

        Assert.Equal(new DateOnly(2023, 9, 7), article.Date);
        Assert.Equal("a.nitf", article.Id);
        Assert.Equal("NEW YORK - Stocks rose.", article.Title);
        Assert.Null(article.Author);
    }

    [Fact]
    public void Billion_laughs_is_refused_not_expanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE nitf [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <nitf><body><body.head><hedline><hl1>&lol9;</hl1></hedline></body.head></body></nitf>
            """;

        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("bomb.xml", bomb)).ToList());

        Assert.Contains("never expanded", ex.Reason);
        Assert.Equal(14, ex.Line);
    }

    [Fact]
    public void External_entity_is_refused_not_fetched()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE nitf [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>
                """;

            var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("xxe.nitf", xxe)).ToList());

            Assert.Contains("external entity", ex.Reason);
            Assert.DoesNotContain("SECRET", ex.Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Malformed_xml_reports_its_line()
    {
        const string xml = "<nitf>\n<body>\n<body.content>\n<p>Unclosed paragraph\n</body.content>\n</body>\n</nitf>";

        var ex = Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("bad.xml", xml)).ToList());

        Assert.Equal(5, ex.Line);
        Assert.StartsWith("malformed XML", ex.Reason);
    }

    [Fact]
    public void A_nitf_file_with_another_root_or_no_text_is_an_error()
    {
        Assert.Contains("not <nitf>", Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("x.nitf", "<news><p>x</p></news>")).ToList()).Reason);
        Assert.Contains("no headline", Assert.Throws<ArticleReadException>(() => reader.Read(new SourceFile("y.nitf", "<nitf><head/></nitf>")).ToList()).Reason);
    }

    [Fact]
    public void Claims_xml_only_when_its_root_is_nitf()
    {
        Assert.Equal(ReaderFit.Content, reader.Fit("story.xml", Story));
        Assert.Equal(ReaderFit.Content, reader.Fit("story.txt", "<!-- wire --><nitf:nitf xmlns:nitf=\"urn:x\">"));
        Assert.Equal(ReaderFit.None, reader.Fit("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>"));
        Assert.Equal(ReaderFit.Extension, reader.Fit("story.nitf", "<news/>"));
    }
}
