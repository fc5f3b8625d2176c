namespace Search.Core.Extraction;

/// <summary>
/// Context that makes a capitalized pair a person's name even when its given name is unknown: a speech verb right
/// after it ("Keir Giles said", but not "Giles, a fellow at Chatham House, said", whose subject is elsewhere) or right before it ("said Andrei Lankov"), or a country in brackets after it, as in
/// results and lists ("Dally Randriantefy (Madagascar)").
/// </summary>
public sealed class NameContext(Lexicon lexicon)
{
    public bool IsNameLike(string text, CapitalizedRun run) =>
        lexicon.SpeechVerbs.Contains(FollowingWord.Of(text, run.End)) || lexicon.SpeechVerbs.Contains(WordBefore(text, run.Start)) || CountryInBrackets(text, run.End);

    private bool CountryInBrackets(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(')
        {
            return false;
        }

        var close = text.IndexOf(')', i);
        return close > i && close - i < 40 && lexicon.Places.FindIgnoringCase(text[(i + 1)..close]) is { Kind: "country" };
    }

    /// <summary>Only a lower-case word counts as a verb before the name.</summary>
    private static string WordBefore(string text, int start)
    {
        var word = PrecedingWord.Of(text, start);
        return word.All(char.IsLower) ? word : "";
    }
}
