using Search.Core.Articles;

namespace Search.Core.Extraction;

/// <summary>
/// Gives each speaker one name per article: a surname alone becomes the full name the article gives elsewhere
/// ("Blair" to "Keron Blair"), and an acronym the organisation it abbreviates ("IMF" to "International Monetary Fund").
/// </summary>
public static class SpeakerNameMerger
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "on", "in", "&" };

    /// <summary>The quotes with their speakers renamed; <paramref name="fullNames"/> are other full names the article gives people.</summary>
    public static List<Quote> Merge(IReadOnlyList<Quote> quotes, IReadOnlyList<string> fullNames)
    {
        var speakers = quotes.Select(q => q.Speaker).Distinct(StringComparer.Ordinal).ToList();
        var longer = speakers.Where(s => s.Contains(' ')).Concat(fullNames).Distinct(StringComparer.Ordinal).ToList();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in speakers)
        {
            var name = speaker.Contains(' ') || !IsAcronym(speaker) ? PersonRecognizer.Fullest(speaker, longer) : Expansion(speaker, longer) ?? speaker;
            renamed[speaker] = name;
        }

        return [.. quotes.Select(q => renamed[q.Speaker] == q.Speaker ? q : q with { Speaker = renamed[q.Speaker] })];
    }

    /// <summary>The name whose significant words' initials spell the acronym, or null.</summary>
    private static string? Expansion(string acronym, IReadOnlyList<string> names)
    {
        var letters = acronym.Replace(".", string.Empty, StringComparison.Ordinal);
        foreach (var name in names)
        {
            var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !MinorWords.Contains(w) && char.IsUpper(w[0])).Select(w => w[0]));
            if (initials.Length >= 2 && initials.Equals(letters, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');
}
