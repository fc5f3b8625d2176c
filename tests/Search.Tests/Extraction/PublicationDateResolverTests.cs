using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class PublicationDateResolverTests
{
    private const string Story = "HARBOURTOWN, March 9 (UPI) -- The ferry service resumed on Friday.";

    [Fact]
    public void Metadata_wins_over_everything()
    {
        var date = PublicationDateResolver.Resolve(new DateOnly(2020, 1, 2), DatelineReader.Read(Story), "2021-03-08_ferry.txt", Story);

        Assert.Equal(new DateOnly(2020, 1, 2), date);
    }

    [Fact]
    public void Dateline_takes_its_year_from_the_file_name()
    {
        var date = PublicationDateResolver.Resolve(null, DatelineReader.Read(Story), "2021-03-01_ferry.txt", Story);

        Assert.Equal(new DateOnly(2021, 3, 9), date);
    }

    [Fact]
    public void A_dateline_one_day_after_the_file_name_is_a_reprint_published_on_the_file_name_date()
    {
        var date = PublicationDateResolver.Resolve(null, DatelineReader.Read(Story), "20210308-ferry.json", Story);

        Assert.Equal(new DateOnly(2021, 3, 8), date);
    }

    [Fact]
    public void A_dateline_without_a_year_falls_back_to_the_most_mentioned_year()
    {
        const string text = "HARBOURTOWN, March 9 - The 2019 timetable, like the 2019 fares, stays; the 2015 one went.";

        Assert.Equal(new DateOnly(2019, 3, 9), PublicationDateResolver.Resolve(null, DatelineReader.Read(text), "ferry.txt", text));
    }

    [Fact]
    public void No_source_gives_no_date()
    {
        Assert.Null(PublicationDateResolver.Resolve(null, null, "ferry.txt", "The ferry service resumed."));
    }
}
