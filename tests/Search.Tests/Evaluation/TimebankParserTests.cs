using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class TimebankParserTests
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>XYZ19970304.0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1997-03-04" functionInDocument="CREATION_TIME">03/04/97</TIMEX3></DCT>
        <TEXT>
        The port <EVENT eid="e1">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="1997-03-04">today</TIMEX3> after closing <TIMEX3 tid="t2" type="DATE" value="1997-02-27">last Thursday</TIMEX3>.

        Traffic fell in <TIMEX3 tid="t3" type="DATE" value="1996">1996</TIMEX3> and in <TIMEX3 tid="t4" type="DATE" value="1997-01">January</TIMEX3>, in <TIMEX3 tid="t5" type="DATE" value="1997-W08">that week</TIMEX3>, <TIMEX3 tid="t6" type="DATE" value="1996-Q4">the fourth quarter</TIMEX3> and <TIMEX3 tid="t7" type="DATE" value="PAST_REF">earlier</TIMEX3> for <TIMEX3 tid="t8" type="DURATION" value="P2Y">two years</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Gold_dates_are_calendar_values_other_than_the_creation_date()
    {
        var document = TimebankParser.Parse(Tml);

        Assert.Equal("XYZ19970304.0001", document.DocId);
        Assert.Equal(new DateOnly(1997, 3, 4), document.CreationDate);
        Assert.Equal(["1997-02-27", "1996", "1997-01", "1997-W08"], document.Dates);
        Assert.StartsWith("The port reopened today after closing last Thursday.", document.Text);
        Assert.DoesNotContain("<", document.Text);
    }

    [Fact]
    public void The_article_carries_the_creation_date_from_a_date_header_and_keeps_all_text_in_the_body()
    {
        var gold = TimebankLoader.ToArticle(TimebankParser.Parse(Tml), "XYZ19970304.0001.tml");

        Assert.Equal(new DateOnly(1997, 3, 4), gold.Article.Date);
        Assert.Equal("XYZ19970304.0001", gold.Article.Title);
        Assert.StartsWith("The port reopened", gold.Article.Body);
        Assert.EndsWith("for two years.", gold.Article.Body);
        Assert.Equal(new DateOnly(1997, 3, 4), gold.PublicationDate);
    }
}
