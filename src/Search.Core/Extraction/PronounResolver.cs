namespace Search.Core.Extraction;

/// <summary>
/// Finds the person "he" or "she" refers to: the latest person named before it who fits the pronoun's gender (from
/// the given name or a gendered title), preferring one named as a sentence's subject over one named in passing
/// ("Rendell noted that Ronald Reagan appeared unsteady. ... he said" is Rendell).
/// </summary>
public sealed class PronounResolver(string text, IReadOnlyList<PersonMention> people, QuotedSpans quoted, IReadOnlyList<string> fullNames, IReadOnlyDictionary<string, char> genders)
{
    // How far back a subject is still the likely referent; beyond this the latest person named is.
    private const int SubjectReach = 600;

    private static readonly HashSet<string> FemaleTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrs", "ms", "miss", "madam", "dame", "lady", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "queen", "princess", "sister",
    };

    private static readonly HashSet<string> MaleTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "sir", "lord", "spokesman", "chairman", "congressman", "businessman", "councilman", "king", "prince", "brother", "father",
    };

    /// <summary>The full name of the person the pronoun at <paramref name="pronounStart"/> refers to, or null.</summary>
    public string? Resolve(int pronounStart, string pronoun)
    {
        var wanted = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? 'f' : 'm';
        PersonMention? latest = null;
        for (var i = people.Count - 1; i >= 0; i--)
        {
            var p = people[i];
            if (p.End > pronounStart || quoted.Contains(p.Start) || AfterPreposition(p.Start) || Gender(p) is { } g && g != wanted)
            {
                continue;
            }

            if (pronounStart - p.Start > SubjectReach)
            {
                // Nobody named within reach: the referent is likely someone the recognizer missed.
                break;
            }

            latest ??= p;

            if (StartsSentence(p.Start))
            {
                return PersonRecognizer.Fullest(p.Name, fullNames);
            }
        }

        return latest is null ? null : PersonRecognizer.Fullest(latest.Name, fullNames);
    }

    /// <summary>'f', 'm', or null when neither the given name nor a title tells.</summary>
    private char? Gender(PersonMention mention)
    {
        var full = PersonRecognizer.Fullest(mention.Name, fullNames);
        var space = full.IndexOf(' ');
        if (space > 0 && genders.TryGetValue(full[..space], out var gender))
        {
            return gender;
        }

        foreach (var word in text[mention.Start..mention.End].Split(' ').Append(PrecedingWord.Of(text, mention.Start)))
        {
            var bare = word.TrimEnd('.');
            if (FemaleTitles.Contains(bare))
            {
                return 'f';
            }

            if (MaleTitles.Contains(bare))
            {
                return 'm';
            }
        }

        return null;
    }

    private bool StartsSentence(int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '”';
    }

    /// <summary>The object of a preposition ("wrote to Obama") is rarely who the next "he said" means.</summary>
    private bool AfterPreposition(int start) =>
        PrecedingWord.Of(text, start).ToLowerInvariant() is "in" or "from" or "at" or "of" or "near" or "to" or "for" or "with" or "by" or "against" or "about" or "on";
}
