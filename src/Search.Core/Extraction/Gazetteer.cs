namespace Search.Core.Extraction;

/// <summary>Place names and their aliases, each mapped to one canonical English name ("U.S." to "United States").</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, PlaceEntry> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceEntry> folded = new(StringComparer.OrdinalIgnoreCase);

    // The first word of every name, case and final period ignored, with the most words a name starting with it has.
    // Most words start no place name, and this tells so before any candidate name is built; most first words start
    // only one-word names ("Japan"), so no longer candidate needs building and looking up.
    private readonly Dictionary<string, int> longestFrom = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses lines of "Canonical|kind|alias|alias..."; names listed as ambiguous need context to count.</summary>
    public static Gazetteer Parse(IEnumerable<string> lines, IReadOnlySet<string> ambiguous)
    {
        var gazetteer = new Gazetteer();
        foreach (var line in lines)
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[0].Length == 0)
            {
                continue;
            }

            var canonical = parts[0];
            foreach (var name in parts.Where((_, i) => i != 1).Where(n => n.Length > 0))
            {
                gazetteer.Add(name, new PlaceEntry(canonical, parts[1], ambiguous.Contains(name)));
            }
        }

        return gazetteer;
    }

    /// <summary>The place written exactly so (case matters: "US" is a place, "us" is not).</summary>
    public PlaceEntry? Find(string surface) => exact.GetValueOrDefault(surface);

    /// <summary>The place whatever the case, for names from metadata and datelines ("GENEVA", "saudi arabia", "Calif").</summary>
    public PlaceEntry? FindIgnoringCase(string name) =>
        folded.GetValueOrDefault(name.Trim()) ?? (folded.GetValueOrDefault(name.Trim() + ".") is { Kind: "state" } abbreviation ? abbreviation : null);

    /// <summary>
    /// The longest place the words starting at index start name, and how many words it takes. A possessive
    /// ("India's"), a state abbreviation without its period ("Mich") and an all-capitals headline spelling
    /// ("SRI LANKA") still name the place.
    /// </summary>
    public (PlaceEntry Entry, int Words)? LongestAt(IReadOnlyList<string> words, int start)
    {
        if (!StartsAName(words[start]))
        {
            return null;
        }

        // A longer name matches only where its first word is this word up to case (only its last word may drop a
        // period or a possessive).
        var longest = longestFrom.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words[start].AsSpan().TrimEnd('.'), out var most) ? most : 1;
        for (var n = Math.Min(longest, words.Count - start); n >= 1; n--)
        {
            var surface = n == 1 ? words[start] : string.Join(' ', words.Skip(start).Take(n));
            if ((Lookup(surface) ?? Lookup(WithoutPossessive(surface))) is { } entry)
            {
                return (entry, n);
            }
        }

        return null;
    }

    private bool StartsAName(string word)
    {
        var bare = word.AsSpan();
        if (bare.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || bare.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            bare = bare[..^2];
        }

        return longestFrom.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(bare.TrimEnd('.'));
    }

    private PlaceEntry? Lookup(string surface)
    {
        if (surface.Length == 0)
        {
            return null;
        }

        var bare = surface.TrimEnd('.');
        if ((exact.GetValueOrDefault(surface) ?? exact.GetValueOrDefault(bare)) is { } entry)
        {
            return entry;
        }

        if (exact.GetValueOrDefault(bare + ".") is { Kind: "state" } abbreviation)
        {
            return abbreviation;
        }

        // Headlines and results tables shout ("SRI LANKA"); short capitals are acronyms ("IN", "OR"), not places.
        return bare.Length >= 4 && bare.All(c => !char.IsLower(c)) ? folded.GetValueOrDefault(bare) : null;
    }

    private static string WithoutPossessive(string surface) =>
        surface.EndsWith("'s", StringComparison.Ordinal) || surface.EndsWith("’s", StringComparison.Ordinal) ? surface[..^2]
        : surface.EndsWith("'S", StringComparison.Ordinal) ? surface[..^2]
        : "";

    private void Add(string name, PlaceEntry entry)
    {
        exact.TryAdd(name, entry);

        folded.TryAdd(name, entry);
        var space = name.IndexOf(' ');
        var first = (space < 0 ? name : name[..space]).TrimEnd('.');
        var length = name.Count(c => c == ' ') + 1;
        longestFrom[first] = Math.Max(longestFrom.GetValueOrDefault(first), length);
    }
}

/// <summary>A place's canonical name, its kind (country, region, state, city), and whether its name needs context to count.</summary>
public sealed record PlaceEntry(string Canonical, string Kind, bool Ambiguous);
