namespace Search.Core.Evaluation;

/// <summary>Person and speaker names: the same ignoring case, accents and honorifics, or a surname alone against the article's full name.</summary>
/// <remarks>
/// "Clinton" matches "Hillary Clinton" either way. With <c>goldIsDescriptive</c>, for attribution sources, a gold span
/// may also hold the name within a description ("Republican presidential candidate Donald Trump"), and each of its
/// comma- or bracket-separated parts counts as a name of its own ("Sen. Lindsey Graham (R-S.C.)", "Marc Morial, the
/// chief executive").
/// </remarks>
public sealed class PersonNameMatcher(bool goldIsDescriptive = false) : INameMatcher
{
    private static readonly string[] Separators = [",", "(", ")", ";", "—", "–", " -- "];

    public string Key(string name) => string.Join(' ', PersonNameWords.Core(name));

    public bool Matches(string predicted, string gold)
    {
        var p = PersonNameWords.Core(predicted);
        return Parts(gold).Any(g => IsSurnameOf(p, g) || IsSurnameOf(g, p) || (goldIsDescriptive && g.SequenceEqual(p)))
            || (goldIsDescriptive && Contains(PersonNameWords.All(gold), p));
    }

    public bool SameEntity(string longer, string shorter)
    {
        foreach (var l in Parts(longer))
        {
            foreach (var s in Parts(shorter))
            {
                if (l.SequenceEqual(s) || IsSurnameOf(s, l) || IsSurnameOf(l, s))
                {
                    return true;
                }

                // Within one article's names, a given name alone ("Alan" after "Alan Shearer") is the same person too;
                // in a description it is more often a modifier ("Stein spokeswoman Melezia Figueroa").
                if (!goldIsDescriptive && s.Count == 1 && l.Count >= 2 && l[0] == s[0])
                {
                    return true;
                }

                // "Republican nominee Donald Trump" and "Donald Trump" are one source; "Trump campaign manager Kellyanne Conway" and "Trump" are not.
                if (goldIsDescriptive && s.Count > 0 && l.Count >= s.Count && l.TakeLast(s.Count).SequenceEqual(s))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IEnumerable<IReadOnlyList<string>> Parts(string name) =>
        goldIsDescriptive
            ? name.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PersonNameWords.Core).Where(p => p.Count > 0)
            : [PersonNameWords.Core(name)];

    private static bool IsSurnameOf(IReadOnlyList<string> surname, IReadOnlyList<string> fullName) =>
        surname.Count == 1 && fullName.Count >= 2 && fullName[^1] == surname[0];

    private static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> part)
    {
        for (var i = 0; part.Count > 0 && i + part.Count <= words.Count; i++)
        {
            if (words.Skip(i).Take(part.Count).SequenceEqual(part))
            {
                return true;
            }
        }

        return false;
    }
}
