namespace Search.Core.Extraction;

/// <summary>
/// Context that makes a capitalized pair a person's name even when its given name is unknown: a speech verb right
/// after it ("Keir Giles said") or right before it ("said Andrei Lankov"), or a country in brackets after it, as in
/// results and lists ("Dally Randriantefy (Madagascar)").
/// </summary>
public sealed class NameContext(Lexicon lexicon)
{
    public bool IsNameLike(string text, CapitalizedRun run) =>
        lexicon.SpeechVerbs.Contains(WordAfter(text, run.End)) || lexicon.SpeechVerbs.Contains(WordBefore(text, run.Start)) || CountryInBrackets(text, run.End);

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

    private static string WordAfter(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var stop = start;
        while (stop < text.Length && char.IsLower(text[stop]))
        {
            stop++;
        }

        // Only a verb right after the name counts: in "Giles, a fellow at Chatham House, said" the subject is elsewhere.
        return stop > start && start > end ? text[start..stop] : "";
    }

    /// <summary>Only a lower-case word counts as a verb before the name.</summary>
    private static string WordBefore(string text, int start)
    {
        var word = PrecedingWord.Of(text, start);
        return word.All(char.IsLower) ? word : "";
    }
}
