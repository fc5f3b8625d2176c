using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class DatelineReaderTests
{
    [Theory]
    [InlineData("GENEVA, March 3 (Reuters) - The bank", "GENEVA", 3, 3)]
    [InlineData("NAIROBI, Kenya, Jan 14 - Talks", "NAIROBI|Kenya", 1, 14)]
    [InlineData("WASHINGTON, Sept. 5 (AP) -- The", "WASHINGTON", 9, 5)]
    [InlineData("RIYADH, Feb 26 - ", "RIYADH", 2, 26)]
    public void Reads_place_and_day(string text, string places, int month, int day)
    {
        var dateline = DatelineReader.Read(text);

        Assert.NotNull(dateline);
        Assert.Equal(places.Split('|'), dateline.Places);
        Assert.Equal(month, dateline.Month);
        Assert.Equal(day, dateline.Day);
    }

    [Fact]
    public void Conll_style_dateline_with_iso_date()
    {
        var dateline = DatelineReader.Read("AL-AIN , United Arab Emirates 1996-12-06");

        Assert.NotNull(dateline);
        Assert.Equal(["AL-AIN", "United Arab Emirates"], dateline.Places);
        Assert.Equal(1996, dateline.Year);
    }

    [Fact]
    public void Ordinary_sentence_is_no_dateline()
    {
        Assert.Null(DatelineReader.Read("The central bank kept rates on hold - for now."));
    }
}
