namespace Search.Core.Extraction;

/// <summary>
/// Finds attribution cues in text by scanning words against hash sets: single verbs ("said", "told", "warned") and
/// multi-word cues keyed by their first word ("declined to comment", "pointed out"), one pass and a look-up per word,
/// far cheaper than a regex alternation of several hundred cues.
/// </summary>
public sealed class SpeechCueFinder
{
    // Phrases opening with these words describe an unnamed source or a setting ("who declined to be named",
    // "in a statement", "according to"), not the verb beside a speaker's name.
    private static readonly HashSet<string> NotVerbOpeners = new(StringComparer.Ordinal) { "who", "in", "as", "according", "speaking", "spoke", "was", "were", "is", "cited", "quoted" };

    // A finite verb right after a cue shows the cue is a noun heading the subject: "the Paris attacks would", "his claims were".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "would", "will", "could", "should", "might", "must", "has", "have", "had", "can", "may",
    };

    // Before these the form is a verb in a relative clause ("which he estimates will", "what they say is"), not a noun.
    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "you", "he", "she", "it", "we", "they", "who", "which", "that", "what",
    };

    // After these a cue form is a noun: "one of the states suing", "his claims", "a report".
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those",
    };

    // Verbs with no noun reading, often in a relative clause without its "that": "the countries the OECD says had".
    private static readonly HashSet<string> NeverNouns = new(StringComparer.Ordinal) { "say", "says", "think", "thinks", "believe", "believes" };

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nounLike;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> phrases;

    /// <param name="verbs">The single-word cues.</param>
    /// <param name="phrases">The multi-word cues.</param>
    /// <param name="nounLike">The cues that may be nouns too ("attack", "claims"), read as nouns before an auxiliary.</param>
    public SpeechCueFinder(IReadOnlySet<string> verbs, IEnumerable<string>? phrases = null, IReadOnlySet<string>? nounLike = null)
    {
        this.verbs = new HashSet<string>(verbs, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.nounLike = new HashSet<string>(nounLike ?? new HashSet<string>(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.phrases = (phrases ?? [])
            .Where(p => p.Contains(' ') && !NotVerbOpeners.Contains(p[..p.IndexOf(' ')]))
            .GroupBy(p => p[..p.IndexOf(' ')], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every cue in text[start..end], as (index, length), in order; a phrase is reported whole.</summary>
    public IEnumerable<(int Index, int Length)> FindAll(string text, int start = 0, int? end = null)
    {
        var stop = end ?? text.Length;
        var i = start;
        while (i < stop)
        {
            if (!char.IsAsciiLetterLower(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < stop && char.IsLetter(text[j]))
            {
                j++;
            }

            var word = text.AsSpan(i, j - i);
            if (phrases.TryGetValue(word, out var candidates) && Phrase(text, i, stop, candidates) is { } length)
            {
                yield return (i, length);
                i += length;
                continue;
            }

            if (verbs.Contains(word) && !StateAfterName(text, i, j) && !(nounLike.Contains(word) && !NeverNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && IsNoun(text, i, j)))
            {
                yield return (i, j - i);
            }

            i = j;
        }
    }

    /// <summary>
    /// "the Sunshine state", "New York state is" or "other Western states": after a capitalized word "state" is the noun,
    /// unless a clause follows ("Doe states that").
    /// </summary>
    private static bool StateAfterName(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start) is not ("state" or "states")
            || string.CompareOrdinal(text, end, " that", 0, 5) == 0)
        {
            return false;
        }

        var before = start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        var wordStart = before;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return wordStart < before && char.IsUpper(text[wordStart]);
    }

    /// <summary>
    /// "the states", "his claims": a cue form right after a determiner is a noun; so is one followed straight by an
    /// auxiliary ("the Benghazi attack was", "the Brussels attacks would"), unless a pronoun before it makes it a verb in
    /// a relative clause ("what he says is").
    /// </summary>
    private static bool IsNoun(string text, int start, int end)
    {
        var before = PrecedingWord.Of(text, start);
        return Determiners.Contains(before) || (Auxiliaries.Contains(FollowingWord.Of(text, end)) && !ClauseSubjects.Contains(before));
    }

    private static int? Phrase(string text, int index, int stop, string[] candidates)
    {
        foreach (var phrase in candidates)
        {
            var end = index + phrase.Length;
            if (end <= stop && string.CompareOrdinal(text, index, phrase, 0, phrase.Length) == 0 && (end == text.Length || !char.IsLetter(text[end])))
            {
                return phrase.Length;
            }
        }

        return null;
    }
}
