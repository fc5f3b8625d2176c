namespace Search.Core.Extraction;

/// <summary>
/// Finds places named in text by the longest gazetteer match inside capitalized runs, under their canonical names.
/// Names that are also common words or given names ("Jordan", "Nice") count only after a place preposition.
/// A place that is part of an organisation's name ("Bank of England", "New York Times") or a sports club in a results
/// table ("Leeds 2 Newcastle 1") does not count; towns the gazetteer lacks come from how the text introduces them.
/// </summary>
public sealed class PlaceRecognizer(Lexicon lexicon)
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "from", "at", "near", "across", "throughout", "into", "outside", "inside", "toward", "towards", "visit", "visited", "via",
    };

    private readonly UnlistedPlaceFinder unlisted = new(lexicon);

    public IReadOnlyList<PlaceMention> Recognize(string text, IReadOnlyList<PersonMention> people) => Recognize(text, people, [.. CapitalizedRun.FindAll(text)]);

    /// <summary>The places in text, given its capitalized runs, so stages that share a text find its runs once.</summary>
    public IReadOnlyList<PlaceMention> Recognize(string text, IReadOnlyList<PersonMention> people, IReadOnlyList<CapitalizedRun> runs)
    {
        var found = new List<PlaceMention>();
        var matches = new List<(int Index, int Words, PlaceEntry Entry)>();
        foreach (var run in runs.SelectMany(r => r.SplitAfterPossessives(text)))
        {
            if (people.Any(p => p.Start <= run.Start && p.End >= run.End))
            {
                continue;
            }

            var words = run.Words;
            matches.Clear();
            for (var i = 0; i < words.Count;)
            {
                if (lexicon.Places.LongestAt(words, i) is { } match)
                {
                    matches.Add((i, match.Words, match.Entry));
                    i += match.Words;
                }
                else
                {
                    i++;
                }
            }

            // An organisation head outside the place names makes the run an organisation: "Bank of England",
            // "Swiss National Bank", "Manchester United"; "The United States" is still a place.
            if (matches.Count == 0 || words.Where((_, k) => !matches.Any(m => k >= m.Index && k < m.Index + m.Words))
                    .Any(w => EnglishWords.OrganisationHeads.Contains(w.TrimEnd('.'))))
            {
                continue;
            }

            var offset = run.Start;
            foreach (var (i, n, entry) in matches)
            {
                var start = text.IndexOf(words[i], offset, StringComparison.Ordinal);
                var end = text.IndexOf(words[i + n - 1], start, StringComparison.Ordinal) + words[i + n - 1].Length;
                offset = end;
                var supported = !entry.Ambiguous || (i == 0 ? PrepositionBefore(text, run.Start) : PlacePrepositions.Contains(words[i - 1]));
                if (supported && !IsPersonNamePart(words, i, n) && !IsSportsClub(text, end, entry))
                {
                    found.Add(new PlaceMention(start, end, entry.Canonical));
                }
            }
        }

        found.AddRange(unlisted.Find(text).Where(u => !people.Any(p => p.Start < u.End && u.Start < p.End)));
        return found;
    }

    private static readonly string[] FixtureSeparators = [" at ", " AT ", " v ", " vs ", " vs. ", " V ", " VS "];

    /// <summary>
    /// A city or state followed by a score on its line ("Leeds 2 Newcastle 1", "KANSAS CITY 61 74 .452 20"), or on a
    /// fixture line ("Boston at Oakland", "Leeds v Chelsea"), is its sports club, an organisation; countries there are
    /// national teams, which still name the place.
    /// </summary>
    private static bool IsSportsClub(string text, int end, PlaceEntry entry)
    {
        if (entry.Kind is not ("city" or "state"))
        {
            return false;
        }

        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        // A score is a small number standing alone; "LONDON 1996-08-30" and "Paris 2024" are a dateline and a year.
        var digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits - i is >= 1 and <= 3 && (digits == text.Length || text[digits] is ' ' or '\t' or '\n' or '\r'))
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        var lineEnd = text.IndexOf('\n', end) is var newline and >= 0 ? newline : text.Length;
        var line = text[lineStart..lineEnd];
        foreach (var separator in FixtureSeparators)
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && line.Length <= 60 && IsNameList(line[..at]) && IsNameList(line[(at + separator.Length)..]))
            {
                // "Boston at Oakland" is played in Oakland: only the visitors are a club.
                return end - lineStart <= at || separator.Trim() is not ("at" or "AT");
            }
        }

        return false;
    }

    private static bool IsNameList(string side) =>
        side.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(w => char.IsUpper(w[0]));

    /// <summary>"Georgia Smith" or "Jordan Peterson": a place word followed by a capitalized word that is not a place is a name.</summary>
    private bool IsPersonNamePart(IReadOnlyList<string> words, int i, int n) =>
        n == 1 && lexicon.FirstNames.Contains(words[i]) && i + 1 < words.Count && lexicon.Places.Find(words[i + 1]) is null;

    private static bool PrepositionBefore(string text, int start) => PlacePrepositions.Contains(PrecedingWord.Of(text, start));
}

/// <summary>A place named at a character span, under its canonical name.</summary>
public sealed record PlaceMention(int Start, int End, string Canonical);
