namespace Search.Core.Extraction;

/// <summary>
/// Finds people's names: a capitalized run that starts with a known given name or an initial ("Jake Sullivan",
/// "M. Ramprakash"), follows a title ("President Putin"), or stands where names stand ("said Andrei Lankov"); then
/// maps surname-only mentions ("said Sullivan") to the full name given earlier.
/// </summary>
public sealed class PersonRecognizer(Lexicon lexicon)
{
    private const int MaxNameWords = 4;

    private static readonly string[] Possessive = ["'s", "’s"];

    private readonly NameContext context = new(lexicon);

    public IReadOnlyList<PersonMention> Recognize(string text) => Recognize(text, [.. CapitalizedRun.FindAll(text)]);

    /// <summary>The people in text, given its capitalized runs, so stages that share a text find its runs once.</summary>
    public IReadOnlyList<PersonMention> Recognize(string text, IReadOnlyList<CapitalizedRun> runs)
    {
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

        // Headlines shout ("KEVIN BROWN LOWERS ERA"), so a name in capitals counts only as the name the body spells out.
        mentions = [.. mentions
            .Select(m => IsShouted(m.Name) ? m with { Name = fullNames.FirstOrDefault(f => !IsShouted(f) && f.Equals(m.Name, StringComparison.OrdinalIgnoreCase)) ?? "" } : m)
            .Where(m => m.Name.Length > 0)];
        fullNames.RemoveAll(IsShouted);

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
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        string[]? words = null;
        string? best = null;
        foreach (var full in fullNames)
        {
            // Most full names end in another surname; that is told without splitting anything.
            if (full.Length <= last.Length || !full.AsSpan().EndsWith(last, StringComparison.Ordinal) || full[full.Length - last.Length - 1] != ' ')
            {
                continue;
            }

            words ??= name.Split(' ');
            var parts = full.Split(' ');
            // Two people with one surname ("Bill Clinton", "Hillary Clinton") keep the one named first, the article's subject;
            // a longer form of that same person ("Hillary Rodham Clinton") still wins.
            // A particle is capitalized at the start of a sentence only: "De Blasio said" is "Bill de Blasio".
            if (parts.Length > words.Length && parts[^1] == words[^1] && words.SkipLast(1).All(w => parts.Contains(w, StringComparer.OrdinalIgnoreCase))
                && (best is null || (full.Length > best.Length && best.Split(' ').All(parts.Contains))))
            {
                best = full;
            }
        }

        return best ?? name;
    }

    /// <summary>The person's name inside a run, or null when the run names no person.</summary>
    private string? NameIn(CapitalizedRun run, string text)
    {
        var words = run.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var bare = word.TrimEnd('.');
            var titled = i > 0 && IsTitle(words[i - 1]) || i == 0 && TitleBefore(text, run.Start);
            if (lexicon.Places.LongestAt(words, i) is { } place && (place.Words > 1 || !place.Entry.Ambiguous && !titled))
            {
                // "Sri Lanka" and "Jamaica" are places even though "Sri" and "Jamaica" are given names too.
                i += place.Words - 1;
                continue;
            }

            var givenName = (lexicon.FirstNames.Contains(bare) && !EnglishWords.SentenceStarters.Contains(bare) || IsInitial(word)) && i + 1 < words.Count;
            var unknownGivenName = i == 0 && words.Count is 2 or 3 && words.All(PlainNameWord) && context.IsNameLike(text, run);
            if (!givenName && !unknownGivenName && !(titled && !IsTitle(word)))
            {
                continue;
            }

            // "Miss Universe Alicia Machado": a title's own words come before the given name that starts the name.
            if (titled && !givenName && i + 2 < words.Count && lexicon.FirstNames.Contains(words[i + 1].TrimEnd('.')) && PlainNameWord(words[i + 2]))
            {
                continue;
            }

            // "DNC Chairwoman Donna Brazile", "Pennsylvania Gov. Ed Rendell": what comes before a title inside the run says
            // whose title it is; the name starts after the title.
            if (TitleThenGivenName(words, i + 1))
            {
                continue;
            }

            var name = new List<string>();
            for (var j = i; j < words.Count && name.Count < MaxNameWords; j++)
            {
                var w = words[j];
                if (w is "of" || EnglishWords.Months.Contains(w) || EnglishWords.Weekdays.Contains(w) || IsDemonym(w)
                    || (j > i && (char.IsUpper(w[0]) && EnglishWords.SentenceStarters.Contains(w) || lexicon.Places.LongestAt(words, j) is { Entry.Ambiguous: false } && !lexicon.FirstNames.Contains(w))))
                {
                    break;
                }

                if (Possessive.FirstOrDefault(s => w.EndsWith(s, StringComparison.Ordinal)) is { } suffix)
                {
                    // "Ivan Lendl's Grand Slam": the name ends at the possessive.
                    name.Add(w[..^suffix.Length]);
                    break;
                }

                name.Add(w);
            }

            if (name.Count == 1 && !titled && i + 1 < words.Count && Possessive.Any(s => words[i].EndsWith(s, StringComparison.Ordinal)))
            {
                // "Fox's Chris Wallace": the owner alone is no name, but the name may follow it.
                continue;
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

    /// <summary>Whether, at or after <paramref name="from"/>, a title is followed by a given name and a surname.</summary>
    private bool TitleThenGivenName(IReadOnlyList<string> words, int from)
    {
        for (var j = Math.Max(from, 1); j + 1 < words.Count; j++)
        {
            if (IsTitle(words[j - 1]) && lexicon.FirstNames.Contains(words[j].TrimEnd('.')) && PlainNameWord(words[j + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that could be part of a name nothing else vouches for: capitalized, not shouted, and not a known other kind of word.</summary>
    private bool PlainNameWord(string word) =>
        char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !EnglishWords.SentenceStarters.Contains(word) && !IsTitle(word) && !IsDemonym(word)
        && !EnglishWords.OrganisationHeads.Contains(word) && !EnglishWords.PartyLabels.Contains(word) && !EnglishWords.Months.Contains(word) && !EnglishWords.Weekdays.Contains(word)
        && lexicon.Places.Find(word) is null;

    /// <summary>"Italian", "Soviet", "Russians": nationality words, never part of a name.</summary>
    private bool IsDemonym(string word) =>
        lexicon.Demonyms.ContainsKey(word) || word.EndsWith('s') && lexicon.Demonyms.ContainsKey(word[..^1]);

    private static bool IsShouted(string name) => !name.Any(char.IsLower);

    /// <summary>A single initial ("M." in "M. Ramprakash"), which starts a name as a given name does.</summary>
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private bool IsTitle(string word) => lexicon.Titles.Contains(word.ToLowerInvariant()) || lexicon.Titles.Contains(word.TrimEnd('.').ToLowerInvariant());

    /// <summary>A lower-case role right before the run ("spokesman Dmitry Peskov", "said spokeswoman Adrienne Watson").</summary>
    private bool TitleBefore(string text, int start) =>
        lexicon.Titles.Contains(PrecedingWord.Of(text, start).ToLowerInvariant());

    private static List<string> StripLeading(IReadOnlyList<string> words) =>
        [.. words.SkipWhile(w => EnglishWords.SentenceStarters.Contains(w.TrimEnd('.')))];
}
