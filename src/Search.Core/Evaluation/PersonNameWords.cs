using Search.Core.Schema;

namespace Search.Core.Evaluation;

/// <summary>A person's name as comparable words: lower case, no accents, possessive, punctuation or leading honorific.</summary>
/// <remarks>
/// "Mr. Obama's" and "President Obama" both become "obama". The honorifics are a fixed list here rather than the
/// extraction lexicon, so that changing extraction's word lists never moves the yardstick.
/// </remarks>
public static class PersonNameWords
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "gen", "col", "capt", "sgt",
        "president", "gov", "governor", "sen", "senator", "rep", "secretary", "judge", "justice", "mayor",
    };

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']'];

    /// <summary>Every word of the name, honorifics included.</summary>
    public static IReadOnlyList<string> All(string name) =>
        [.. NameNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Bare).Where(w => w.Length > 0)];

    /// <summary>The name without leading honorifics, keeping at least one word.</summary>
    public static IReadOnlyList<string> Core(string name)
    {
        var words = All(name);
        var skip = 0;
        while (skip < words.Count - 1 && Honorifics.Contains(words[skip]))
        {
            skip++;
        }

        return [.. words.Skip(skip)];
    }

    private static string Bare(string word)
    {
        var bare = word.Replace('’', '\'');
        if (bare.EndsWith("'s", StringComparison.Ordinal))
        {
            bare = bare[..^2];
        }

        return bare.Trim(Punctuation);
    }
}
