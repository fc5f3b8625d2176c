using Search.Core.Evaluation;
using Search.Core.Extraction;

namespace Search.Tests.Evaluation;

public class SetMatcherTests
{
    private static readonly PersonNameMatcher People = new();
    private static readonly PersonNameMatcher Speakers = new(goldIsDescriptive: true);

    [Fact]
    public void Names_match_ignoring_case_accents_possessives_and_honorifics()
    {
        var match = SetMatcher.Match(["José Álvarez", "Ann Rowe's", "Mr. Lee"], ["jose alvarez", "ANN ROWE", "Lee"], People);

        Assert.Equal(3, match.Matched.Count);
        Assert.Empty(match.FalsePositives);
        Assert.Empty(match.Misses);
    }

    [Fact]
    public void A_surname_alone_matches_the_full_name_either_way()
    {
        var match = SetMatcher.Match(["Rowe", "Tom Vale"], ["Ann Rowe", "Vale"], People);

        Assert.Equal(2, match.Matched.Count);
    }

    [Fact]
    public void Gold_forms_of_one_person_are_found_once()
    {
        var match = SetMatcher.Match(["Ann Rowe"], ["Ann Rowe", "Rowe", "Ann", "Tom Vale"], People);

        Assert.Single(match.Matched);
        Assert.Equal(["Ann Rowe", "Rowe", "Ann"], match.Matched[0].Gold.Forms);
        Assert.Equal("Tom Vale", Assert.Single(match.Misses).Name);
    }

    [Fact]
    public void Matching_is_one_to_one_and_exact_matches_go_first()
    {
        var match = SetMatcher.Match(["Rowe", "Ann Rowe", "Ben Rowe"], ["Ann Rowe", "Ben Rowe"], People);

        Assert.Equal(2, match.Matched.Count);
        Assert.Equal("Rowe", Assert.Single(match.FalsePositives));
    }

    [Fact]
    public void A_descriptive_source_span_holds_the_predicted_name()
    {
        var gold = new[] { "Harbor Party candidate Ann Rowe", "Rowe", "Tom Vale, the mayor" };

        var match = SetMatcher.Match(["Ann Rowe", "Tom Vale", "Ben Ode"], gold, Speakers);

        Assert.Equal(2, match.Matched.Count);
        Assert.Equal("Ben Ode", Assert.Single(match.FalsePositives));
        Assert.Empty(match.Misses);
    }

    [Fact]
    public void Each_part_of_a_source_span_is_a_name_of_its_own()
    {
        var match = SetMatcher.Match(["Ann Rowe"], ["Ann Rowe", "Sen. Ann Rowe (H-Port)", "Rowe", "Tom Vale, a Rowe aide"], Speakers);

        Assert.Equal(["Ann Rowe", "Rowe", "Sen. Ann Rowe (H-Port)"], match.Matched.Single().Gold.Forms.Order(StringComparer.Ordinal));
        Assert.Equal("Tom Vale, a Rowe aide", Assert.Single(match.Misses).Name);
    }

    [Fact]
    public void A_name_inside_a_description_is_not_that_description_for_people()
    {
        var match = SetMatcher.Match(["Ann Rowe"], ["Harbor Party candidate Ann Rowe"], People);

        Assert.Empty(match.Matched);
    }

    [Fact]
    public void Places_match_by_canonical_name()
    {
        var gazetteer = Gazetteer.Parse(["Norland|country|NL|N.L.", "Porthaven|city"], new HashSet<string>());
        var matcher = new LocationNameMatcher(gazetteer);

        var match = SetMatcher.Match(["Norland", "porthaven", "Laketon"], ["N.L.", "NL", "PORTHAVEN", "Ostend"], matcher);

        Assert.Equal(2, match.Matched.Count);
        Assert.Equal("Laketon", Assert.Single(match.FalsePositives));
        Assert.Equal("Ostend", Assert.Single(match.Misses).Name);
    }

    [Fact]
    public void Dates_match_only_at_the_same_precision()
    {
        var match = SetMatcher.Match(["1997-02", "1996"], ["1997-02-27", "1996"], new ExactValueMatcher());

        Assert.Single(match.Matched);
        Assert.Equal("1997-02", Assert.Single(match.FalsePositives));
    }
}
