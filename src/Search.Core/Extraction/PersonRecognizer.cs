namespace Search.Core.Extraction;

/// <summary>
/// Finds people's names: a capitalized run that starts with a known given name ("Jake Sullivan") or follows a title
/// ("President Putin", "Mr Doe"); then maps surname-only mentions ("said Sullivan") to the full name given earlier.
/// </summary>
public sealed class PersonRecognizer(Lexicon lexicon)
{
    private const int MaxNameWords = 4;

    public IReadOnlyList<PersonMention> Recognize(string text)
    {
        var runs = CapitalizedRun.FindAll(text).ToList();
        var mentions = new List<PersonMention>();
        var fullNames = new List<string>();
        var unresolved = new List<CapitalizedRun>();

        foreach (var run in runs)
        {
            var name = NameIn(run, text);
            if (name is null)
            {
                unresolved.Add(run);
                continue;
            }

            mentions.Add(new PersonMention(run.Start, run.End, name));
            if (name.Contains(' '))
            {
                fullNames.Add(name);
            }
        }

        // Second pass: a surname or given name alone refers to the full name the article uses elsewhere.
        var resolved = mentions.Select(m => m with { Name = Fullest(m.Name, fullNames) }).ToList();
        foreach (var run in unresolved)
        {
            var words = StripLeading(run.Words);
            if (words.Count is 1 or 2 && Fullest(string.Join(' ', words), fullNames) is { } full && full.Contains(' ') && full != string.Join(' ', words))
            {
                resolved.Add(new PersonMention(run.Start, run.End, full));
            }
        }

        resolved.Sort((a, b) => a.Start.CompareTo(b.Start));
        return resolved;
    }

    /// <summary>The fullest name in the article this name is a part of ("Sullivan" or "Mr Sullivan" to "Jake Sullivan").</summary>
    public static string Fullest(string name, IReadOnlyList<string> fullNames)
    {
        var words = name.Split(' ');
        string? best = null;
        foreach (var full in fullNames)
        {
            var parts = full.Split(' ');
            if (parts.Length > words.Length && parts[^1] == words[^1] && words.SkipLast(1).All(parts.Contains)
                && (best is null || full.Length > best.Length))
            {
                best = full;
            }
        }

        return best ?? name;
    }

    /// <summary>The person's name inside a run, and where it starts, or null when the run names no person.</summary>
    private string? NameIn(CapitalizedRun run, string text)
    {
        var words = run.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var bare = word.TrimEnd('.');
            var titled = i > 0 && IsTitle(words[i - 1]) || i == 0 && TitleBefore(text, run.Start);
            var givenName = lexicon.FirstNames.Contains(bare) && !EnglishWords.SentenceStarters.Contains(bare) && i + 1 < words.Count;
            if (!givenName && !(titled && !IsTitle(word)))
            {
                continue;
            }

            var name = new List<string>();
            for (var j = i; j < words.Count && name.Count < MaxNameWords; j++)
            {
                var w = words[j];
                if (w is "of" || EnglishWords.Months.Contains(w) || EnglishWords.Weekdays.Contains(w) || (j > i && lexicon.Places.Find(w) is { Ambiguous: false } && !lexicon.FirstNames.Contains(w)))
                {
                    break;
                }

                name.Add(w);
            }

            if (name.Count == 0 || name.Any(w => EnglishWords.OrganisationHeads.Contains(w.TrimEnd('.'))) || (name.Count == 1 && !titled))
            {
                return null;
            }

            if (name.Count == 1 && (lexicon.Places.Find(name[0]) is not null || EnglishWords.SentenceStarters.Contains(name[0]) || IsTitle(name[0]) || name[0].All(c => char.IsUpper(c) || c == '.')))
            {
                return null;
            }

            return string.Join(' ', name);
        }

        return null;
    }

    private bool IsTitle(string word) => lexicon.Titles.Contains(word.ToLowerInvariant()) || lexicon.Titles.Contains(word.TrimEnd('.').ToLowerInvariant());

    /// <summary>A lower-case role right before the run ("spokesman Dmitry Peskov", "said spokeswoman Adrienne Watson").</summary>
    private bool TitleBefore(string text, int start)
    {
        var end = start - 1;
        while (end >= 0 && text[end] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin >= 0 && char.IsLetter(text[begin]))
        {
            begin--;
        }

        return end > begin && lexicon.Titles.Contains(text[(begin + 1)..(end + 1)].ToLowerInvariant());
    }

    private static List<string> StripLeading(IReadOnlyList<string> words) =>
        [.. words.SkipWhile(w => EnglishWords.SentenceStarters.Contains(w.TrimEnd('.')))];
}
