using Search.Core.Articles;
using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class SpeakerNameMergerTests
{
    [Fact]
    public void A_surname_alone_becomes_the_full_name_another_quote_gives()
    {
        var quotes = SpeakerNameMerger.Merge([new Quote("Keron Blair", "Schools need money."), new Quote("Blair", "We will march again.")], []);

        Assert.Equal(["Keron Blair", "Keron Blair"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void An_acronym_becomes_the_organisation_it_abbreviates()
    {
        var quotes = SpeakerNameMerger.Merge([new Quote("International Monetary Fund", "Growth will slow."), new Quote("IMF", "Risks remain.")], []);

        Assert.Equal(["International Monetary Fund", "International Monetary Fund"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Different_people_keep_their_own_names()
    {
        var quotes = SpeakerNameMerger.Merge([new Quote("Anna Berg", "Yes."), new Quote("Holm", "No."), new Quote("NATO", "Maybe.")], ["Lars Berg"]);

        Assert.Equal(["Anna Berg", "Holm", "NATO"], quotes.Select(q => q.Speaker));
    }
}
