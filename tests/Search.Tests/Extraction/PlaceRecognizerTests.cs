using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class PlaceRecognizerTests
{
    private readonly PersonRecognizer people = new(Lexicon.Default);
    private readonly PlaceRecognizer places = new(Lexicon.Default);

    private List<string> Places(string text) => [.. places.Recognize(text, people.Recognize(text)).Select(m => m.Canonical).Distinct()];

    [Fact]
    public void A_possessive_place_counts()
    {
        Assert.Equal(["India", "United Kingdom"], Places("India's economy grew faster than Britain's."));
    }

    [Fact]
    public void A_sentence_opening_with_the_united_states_names_it()
    {
        Assert.Equal(["United States"], Places("The United States said it would respond."));
    }

    [Fact]
    public void An_organisation_head_outside_the_place_name_makes_an_organisation()
    {
        Assert.Empty(Places("Manchester United thanked the Bank of England."));
    }

    [Fact]
    public void Shouted_headline_places_count_but_short_capitals_are_acronyms()
    {
        Assert.Equal(["Sri Lanka", "Australia"], Places("SRI LANKA BEAT AUSTRALIA IN ONE-DAY FINAL"));
    }

    [Fact]
    public void A_possessive_place_before_an_organisation_still_counts()
    {
        Assert.Equal(["Seoul"], Places("He teaches at Seoul’s Kookmin University."));
    }

    [Fact]
    public void A_state_abbreviation_without_its_period_names_the_state()
    {
        Assert.Contains("Michigan", Places("The company is based in Detroit, Mich, and employs 900."));
    }

    [Fact]
    public void Cities_with_scores_are_clubs_but_countries_are_national_teams()
    {
        Assert.Empty(Places("Leeds 2 Newcastle 1"));
        Assert.Equal(["Australia", "England"], Places("Australia 3 England 1"));
    }

    [Fact]
    public void In_a_fixture_only_the_visitors_are_a_club()
    {
        Assert.Equal(["Oakland"], Places("Results\nBoston at Oakland\n"));
    }

    [Fact]
    public void A_dateline_date_or_a_year_after_a_city_is_not_a_score()
    {
        Assert.Equal(["London", "Paris"], Places("LONDON 1996-08-30\nParis 2024 is a year away."));
    }

    [Fact]
    public void An_unlisted_town_is_found_from_how_the_text_introduces_it()
    {
        Assert.Contains("Velbrück", Places("Police closed roads in the town of Velbrück."));
        Assert.Equal(["Norway", "Oskarheim"], Places("The ferry sank near Oskarheim, Norway.").Order());
    }

    [Fact]
    public void Aliases_map_to_one_canonical_name()
    {
        Assert.Equal(["United States"], Places("The U.S. and the USA and the United States of America."));
    }
}
