using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class PronounResolverTests
{
    private static string? Resolve(string text, string pronoun)
    {
        var people = new PersonRecognizer(Lexicon.Default).Recognize(text);
        var fullNames = people.Select(p => p.Name).Where(n => n.Contains(' ')).Distinct().ToList();
        var resolver = new PronounResolver(text, people, new QuotedSpans([]), fullNames, Lexicon.Default.Genders);
        var at = text.LastIndexOf(" " + pronoun + " ", StringComparison.Ordinal) + 1;
        return resolver.Resolve(at, pronoun);
    }

    [Fact]
    public void She_refers_to_the_woman_not_the_man_named_after_her()
    {
        Assert.Equal("Margaret Okafor", Resolve("Margaret Okafor met Thomas Reilly at the port on Monday. The talks went well, she said.", "she"));
    }

    [Fact]
    public void He_refers_to_the_sentence_subject_rather_than_someone_mentioned_in_passing()
    {
        const string text = "Ed Walsh noted that Richard Nixon had looked unsteady in his first debate against a younger rival. The party should be ready, he said.";

        Assert.Equal("Ed Walsh", Resolve(text, "he"));
    }

    [Fact]
    public void A_gendered_title_tells_who_she_is_when_the_given_name_does_not()
    {
        Assert.Equal("Ngozi Adeyemi", Resolve("Mr. Tunde Bello praised Mrs. Ngozi Adeyemi, the finance minister. Spending will fall, she said.", "she"));
    }
}
