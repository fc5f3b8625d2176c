using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class PersonRecognizerTests
{
    private readonly PersonRecognizer recognizer = new(Lexicon.Default);

    private List<string> Names(string text) => [.. recognizer.Recognize(text).Select(m => m.Name).Distinct()];

    [Fact]
    public void A_pair_before_a_speech_verb_is_a_name_even_with_an_unknown_given_name()
    {
        Assert.Contains("Zorvek Talvani", Names("The plan is sound, Zorvek Talvani said on Monday."));
    }

    [Fact]
    public void Words_of_a_title_before_the_given_name_are_not_part_of_the_name()
    {
        var names = Names("The senator met former Miss Universe Ingrid Solvang in Oslo.");

        Assert.Contains("Ingrid Solvang", names);
        Assert.DoesNotContain(names, n => n.Contains("Universe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pair_after_a_speech_verb_is_a_name()
    {
        Assert.Contains("Quillon Brathwick", Names("\"We are ready,\" said Quillon Brathwick."));
    }

    [Fact]
    public void A_pair_followed_by_a_country_in_brackets_is_a_name()
    {
        Assert.Contains("Darvel Oknoma", Names("Darvel Oknoma (Kenya) won the 5,000 metres."));
    }

    [Fact]
    public void An_initial_starts_a_name()
    {
        Assert.Contains("M. Tarrowby", Names("M. Tarrowby scored 40 before lunch."));
    }

    [Fact]
    public void A_possessive_ends_the_name()
    {
        Assert.Equal(["Ivan Lendl"], Names("He matched Ivan Lendl's Grand Slam record."));
    }

    [Fact]
    public void A_shouted_headline_counts_only_as_the_name_the_body_spells_out()
    {
        var names = Names("KEVIN MARLOWE LOWERS ERA\n\nKevin Marlowe pitched eight innings.");

        Assert.Equal(["Kevin Marlowe"], names);
    }

    [Fact]
    public void A_place_that_starts_with_a_given_name_is_not_a_person()
    {
        Assert.Empty(Names("Sri Lanka beat Australia as Jamaica looked on."));
    }

    [Fact]
    public void A_nationality_word_ends_a_name()
    {
        Assert.DoesNotContain(Names("The talks were led by President Italian delegates."), n => n.Contains("Italian", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_alone_resolves_to_the_full_name()
    {
        Assert.Equal(["Jake Sullivan"], Names("Jake Sullivan spoke first. Later, Sullivan said more."));
    }

    [Fact]
    public void What_comes_before_a_title_inside_a_run_is_not_part_of_the_name()
    {
        var names = Names("Interim DNC Chairwoman Donna Brazile said Sunday that she\u2019s glad. Former Pennsylvania Gov. Ed Rendell, who served as general chairman of the DNC, agreed.");

        Assert.Contains("Donna Brazile", names);
        Assert.Contains("Ed Rendell", names);
        Assert.DoesNotContain(names, n => n.Contains("DNC", StringComparison.Ordinal) || n.Contains("Pennsylvania", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_word_before_a_name_is_not_part_of_it()
    {
        Assert.Contains("Donald Trump", Names("Clinton said she thinks America is strongest when people work together. She said Republican Donald Trump favors a \u201cstrongman approach.\u201d"));
        Assert.Contains("Hillary Clinton", Names("At Monday\u2019s presidential debate, Democrat Hillary Clinton mentioned disparaging remarks Trump had made about Machado."));
    }

    [Fact]
    public void A_name_after_an_owner_is_found()
    {
        Assert.Contains("Chris Wallace", Names("\"The bullying,\" Fox's Chris Wallace said, as the crowd cheered."));
    }
}
