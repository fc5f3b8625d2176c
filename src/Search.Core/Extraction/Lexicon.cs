using System.Reflection;

namespace Search.Core.Extraction;

/// <summary>The word lists extraction needs (places, given names, titles, speech verbs), loaded once from the embedded data files.</summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(Load);

    private Lexicon(
        Gazetteer places,
        IReadOnlySet<string> firstNames,
        IReadOnlySet<string> titles,
        IReadOnlySet<string> speechVerbs,
        IReadOnlySet<string> presentSpeechForms,
        IReadOnlyList<string> speechPhrases,
        IReadOnlySet<string> listenerVerbs,
        IReadOnlyDictionary<string, char> genders,
        IReadOnlyDictionary<string, string> demonyms)
    {
        Genders = genders;
        ListenerVerbs = listenerVerbs;
        Places = places;
        FirstNames = firstNames;
        Titles = titles;
        SpeechVerbs = speechVerbs;
        PresentSpeechForms = presentSpeechForms;
        SpeechPhrases = speechPhrases;
        Demonyms = demonyms;
    }

    /// <summary>The lexicon built from the files shipped with the project.</summary>
    public static Lexicon Default => Shared.Value;

    public Gazetteer Places { get; }

    /// <summary>Given names, compared ignoring case.</summary>
    public IReadOnlySet<string> FirstNames { get; }

    /// <summary>Titles and roles that go before or after a name but are not part of it, lower case ("president", "mr").</summary>
    public IReadOnlySet<string> Titles { get; }

    /// <summary>Every inflected form of the attribution verbs, lower case ("said", "told", "warned").</summary>
    public IReadOnlySet<string> SpeechVerbs { get; }

    /// <summary>
    /// The base and third-person forms of the attribution verbs ("claim", "claims", "attack", "says"), lower case: the
    /// forms that may be a noun instead ("the Paris attacks", "his claims").
    /// </summary>
    public IReadOnlySet<string> PresentSpeechForms { get; }

    /// <summary>Multi-word attribution cues ("according to", "declined to comment").</summary>
    public IReadOnlyList<string> SpeechPhrases { get; }

    /// <summary>Attribution verbs whose object is the one addressed, not the speaker ("told", "urged", "thanked"), lower case.</summary>
    public IReadOnlySet<string> ListenerVerbs { get; }

    /// <summary>Given names that almost always name a woman ('f') or a man ('m'), compared ignoring case.</summary>
    public IReadOnlyDictionary<string, char> Genders { get; }

    /// <summary>Demonym to place ("Russian" to "Russia"); demonyms are not places themselves.</summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; }

    private static Lexicon Load()
    {
        var ambiguous = new HashSet<string>(Lines("ambiguous-places.txt"), StringComparer.Ordinal);
        var places = Gazetteer.Parse(Lines("places.txt"), ambiguous);

        var verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<string>();
        var inPhrases = false;
        foreach (var raw in RawLines("speech-verbs.txt"))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                inPhrases |= line.Contains("phrases", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (inPhrases)
            {
                phrases.Add(line.ToLowerInvariant());
            }
            else
            {
                var forms = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                verbs.UnionWith(forms);
                var stem = forms[0];
                present.UnionWith(forms.Where(f => f == stem || f == stem + "s" || f == stem + "es" || (stem.EndsWith('y') && f == stem[..^1] + "ies")));
            }
        }

        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("demonyms.txt"))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length >= 2)
            {
                demonyms.TryAdd(parts[0], parts[1]);
            }
        }

        return new Lexicon(
            places,
            new HashSet<string>(Lines("first-names.txt"), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(Lines("titles.txt").Select(t => t.ToLowerInvariant()), StringComparer.OrdinalIgnoreCase),
            verbs,
            present,
            [.. phrases.OrderByDescending(p => p.Length)],
            new HashSet<string>(Lines("listener-verbs.txt").SelectMany(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal),
            Lines("gendered-given-names.txt").Select(l => l.Split('|', StringSplitOptions.TrimEntries)).Where(p => p.Length == 2 && p[1].Length == 1)
                .ToDictionary(p => p[0], p => p[1][0], StringComparer.OrdinalIgnoreCase),
            demonyms);
    }

    private static IEnumerable<string> Lines(string name) =>
        RawLines(name).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static IEnumerable<string> RawLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Search.Core.Data." + name)
            ?? throw new InvalidOperationException($"Extraction data file '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
