namespace Search.Core.Extraction;

/// <summary>
/// Finds attribution verbs ("said", "told", "warned") in text by scanning words against the lexicon's set:
/// one pass and a hash look-up per word, far cheaper than a regex alternation of several hundred verbs.
/// </summary>
public sealed class SpeechCueFinder(IReadOnlySet<string> verbs)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup =
        new HashSet<string>(verbs, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every cue word in text[start..end], as (index, length), in order.</summary>
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

            if (lookup.Contains(text.AsSpan(i, j - i)))
            {
                yield return (i, j - i);
            }

            i = j;
        }
    }
}
