namespace Search.Core.Extraction;

/// <summary>Place names and their aliases, each mapped to one canonical English name ("U.S." to "United States").</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, PlaceEntry> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceEntry> folded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest alias in words, bounding how far a match looks ahead.</summary>
    public int MaxWords { get; private set; } = 1;

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

    /// <summary>The place whatever the case, for names from metadata and datelines ("GENEVA", "saudi arabia").</summary>
    public PlaceEntry? FindIgnoringCase(string name) => folded.GetValueOrDefault(name.Trim());

    private void Add(string name, PlaceEntry entry)
    {
        exact.TryAdd(name, entry);

        folded.TryAdd(name, entry);
        MaxWords = Math.Max(MaxWords, name.Count(c => c == ' ') + 1);
    }
}

/// <summary>A place's canonical name, its kind (country, region, state, city), and whether its name needs context to count.</summary>
public sealed record PlaceEntry(string Canonical, string Kind, bool Ambiguous);
