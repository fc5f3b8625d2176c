using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>A run of capitalized words in text ("Foreign Minister Jane Doe"), the raw material of names and places.</summary>
public sealed partial record CapitalizedRun(int Start, int End, IReadOnlyList<string> Words)
{
    public string Text => string.Join(' ', Words);

    /// <summary>Every maximal run of capitalized words, joined across name particles ("de", "van", "al", "of").</summary>
    public static IEnumerable<CapitalizedRun> FindAll(string text)
    {
        foreach (Match m in RunPattern().Matches(text))
        {
            yield return new CapitalizedRun(m.Index, m.Index + m.Length, m.Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>
    /// The run cut after each possessive, so an owner and what it owns are read apart: in "Seoul's Kookmin
    /// University" Seoul is a place even though a university follows.
    /// </summary>
    public IEnumerable<CapitalizedRun> SplitAfterPossessives(string text)
    {
        if (!Words.Take(Words.Count - 1).Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)))
        {
            // Most runs hold no possessive before their last word and stay whole.
            yield return this;
            yield break;
        }

        var first = 0;
        var start = Start;
        for (var i = 0; i < Words.Count; i++)
        {
            if (i < Words.Count - 1 && !Words[i].EndsWith("'s", StringComparison.Ordinal) && !Words[i].EndsWith("’s", StringComparison.Ordinal))
            {
                continue;
            }

            var end = text.IndexOf(Words[i], start, StringComparison.Ordinal) + Words[i].Length;
            yield return this with { Start = start, End = end, Words = [.. Words.Skip(first).Take(i - first + 1)] };
            first = i + 1;
            start = i + 1 < Words.Count ? text.IndexOf(Words[i + 1], end, StringComparison.Ordinal) : end;
        }
    }

    // A word is an abbreviation with its period (Mr., Gen., U.S., J.) or a capitalized word without one, so a
    // sentence's final period never joins two sentences' words into one run.
    private const string Word = @"(?:(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|Prof|Adm|Maj|Mt|Ft|Sec)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’\-]*[\p{L}\p{M}]|\p{Lu})";

    [GeneratedRegex(@"(?<![\p{L}\p{M}\.])" + Word + @"(?:[ \t]+(?:(?:de|da|del|der|den|van|von|al|bin|ben|la|le|du|di|dos|das|of)[ \t]+)?" + Word + ")*")]
    private static partial Regex RunPattern();
}
