namespace Search.Core.Extraction;

/// <summary>
/// Finds places named in text by the longest gazetteer match inside capitalized runs, under their canonical names.
/// Names that are also common words or given names ("Jordan", "Nice") count only after a place preposition.
/// A place that is part of an organisation's name ("Bank of England", "New York Times") does not count.
/// </summary>
public sealed class PlaceRecognizer(Lexicon lexicon)
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "from", "at", "near", "across", "throughout", "into", "outside", "inside", "toward", "towards", "visit", "visited", "via",
    };

    public IReadOnlyList<PlaceMention> Recognize(string text, IReadOnlyList<PersonMention> people)
    {
        var found = new List<PlaceMention>();
        foreach (var run in CapitalizedRun.FindAll(text))
        {
            if (people.Any(p => p.Start <= run.Start && p.End >= run.End))
            {
                continue;
            }

            var words = run.Words;
            if (words.Any(w => EnglishWords.OrganisationHeads.Contains(w.TrimEnd('.'))) && !IsWholePlace(run))
            {
                // Only the part before "of" in "Bank of England" names the organisation; places before the head
                // ("Swiss National Bank") are skipped too.
                continue;
            }

            var i = 0;
            var offset = run.Start;
            while (i < words.Count)
            {
                var matched = false;
                for (var n = Math.Min(lexicon.Places.MaxWords, words.Count - i); n >= 1; n--)
                {
                    var surface = string.Join(' ', words.Skip(i).Take(n));
                    var entry = lexicon.Places.Find(surface) ?? lexicon.Places.Find(surface.TrimEnd('.'));
                    if (entry is null)
                    {
                        continue;
                    }

                    var start = text.IndexOf(words[i], offset, StringComparison.Ordinal);
                    if (entry.Ambiguous && !(i == 0 ? PrepositionBefore(text, run.Start) : PlacePrepositions.Contains(words[i - 1])))
                    {
                        break;
                    }

                    if (!IsPersonNamePart(words, i, n))
                    {
                        found.Add(new PlaceMention(start, start + surface.Length, entry.Canonical));
                    }

                    i += n;
                    offset = start + surface.Length;
                    matched = true;
                    break;
                }

                if (!matched)
                {
                    i++;
                }
            }
        }

        return found;
    }

    private bool IsWholePlace(CapitalizedRun run) => lexicon.Places.Find(run.Text) is not null;

    /// <summary>"Georgia Smith" or "Jordan Peterson": a place word followed by a capitalized word that is not a place is a name.</summary>
    private bool IsPersonNamePart(IReadOnlyList<string> words, int i, int n) =>
        n == 1 && lexicon.FirstNames.Contains(words[i]) && i + 1 < words.Count && lexicon.Places.Find(words[i + 1]) is null;

    private static bool PrepositionBefore(string text, int start)
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

        return end > begin && PlacePrepositions.Contains(text[(begin + 1)..(end + 1)]);
    }
}

/// <summary>A place named at a character span, under its canonical name.</summary>
public sealed record PlaceMention(int Start, int End, string Canonical);
