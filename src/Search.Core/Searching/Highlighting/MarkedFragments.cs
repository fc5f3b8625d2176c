using System.Text;

namespace Search.Core.Searching.Highlighting;

/// <summary>
/// Turns a text and its <see cref="MatchSpan"/>s into escaped HTML with the matches in &lt;mark&gt;: the whole text
/// (titles), or its best sentence fragments (bodies). Fragments are cut as <see cref="SentenceFragmenter"/> cuts them:
/// a new one starts at the first word after a sentence end once the current one has 120 characters, or at any word
/// once it has 240; they are ranked by how many different query terms they match, then by position.
/// </summary>
public static class MarkedFragments
{
    private const int MinSize = 120;
    private const int MaxSize = 240;

    /// <summary>The whole text, escaped, with every match marked.</summary>
    public static string Whole(string text, IReadOnlyList<MatchSpan> spans)
    {
        var html = new StringBuilder(text.Length + (spans.Count * 13));
        Render(html, text, 0, text.Length, spans);
        return html.ToString();
    }

    /// <summary>Up to <paramref name="max"/> fragments that match something, best first; empty when nothing matched.</summary>
    public static List<string> Best(string text, IReadOnlyList<MatchSpan> spans, int max)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        var starts = FragmentStarts(text, spans[^1].Start);
        var scored = new List<(int Score, int Index)>();
        var clauses = new HashSet<int>();
        var s = 0;
        for (var f = 0; f < starts.Count && s < spans.Count; f++)
        {
            var end = f + 1 < starts.Count ? starts[f + 1] : text.Length;
            clauses.Clear();
            for (; s < spans.Count && spans[s].Start < end; s++)
            {
                clauses.Add(spans[s].Clause);
            }

            if (clauses.Count > 0)
            {
                scored.Add((clauses.Count, f));
            }
        }

        var fragments = new List<string>(max);
        foreach (var (_, f) in scored.OrderByDescending(x => x.Score).ThenBy(x => x.Index).Take(max))
        {
            var html = new StringBuilder(MaxSize + 64);
            Render(html, text, starts[f], f + 1 < starts.Count ? starts[f + 1] : text.Length, spans);
            var fragment = TrimPunctuation(html.ToString());
            if (fragment.Length > 0)
            {
                fragments.Add(fragment);
            }
        }

        return fragments;
    }

    /// <summary>A fragment starts after the previous sentence's full stop; the stop belongs to that sentence.</summary>
    public static string TrimPunctuation(string fragment) => fragment.TrimStart('.', ',', ';', ':', '!', '?', ')', ']', ' ', '\n', '\r', '\t').TrimEnd();

    /// <summary>Escapes text[from..to) into html, marking the spans that start inside it.</summary>
    private static void Render(StringBuilder html, string text, int from, int to, IReadOnlyList<MatchSpan> spans)
    {
        var at = from;
        foreach (var span in spans)
        {
            if (span.Start < at || span.Start >= to)
            {
                continue;
            }

            var end = Math.Min(span.End, text.Length);
            HtmlTextEncoder.Append(html, text.AsSpan(at, span.Start - at));
            html.Append("<mark>");
            HtmlTextEncoder.Append(html, text.AsSpan(span.Start, end - span.Start));
            html.Append("</mark>");
            at = end;
        }

        if (at < to)
        {
            HtmlTextEncoder.Append(html, text.AsSpan(at, to - at));
        }
    }

    /// <summary>
    /// Where each fragment starts: 0, then the words that open a new fragment, up to the first start after
    /// <paramref name="lastMatch"/> (which ends the last fragment with a match); the rest of the text is not scanned.
    /// </summary>
    private static List<int> FragmentStarts(string text, int lastMatch)
    {
        var starts = new List<int> { 0 };
        var fragmentStart = 0;
        var previousEnd = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (i < fragmentStart + MinSize)
            {
                // No word starting closer than MinSize to the fragment's start can start the next one: go straight to
                // the first that may, reading back only over the word under that point and the gap before it.
                var earliest = fragmentStart + MinSize;
                if (earliest >= text.Length)
                {
                    break;
                }

                var wordStart = earliest;
                while (wordStart > i && InWord(text, wordStart - 1))
                {
                    wordStart--;
                }

                var gapStart = wordStart;
                while (gapStart > i && !InWord(text, gapStart - 1))
                {
                    gapStart--;
                }

                previousEnd = gapStart > i ? gapStart : previousEnd;
                i = wordStart;
            }

            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && InWord(text, i))
            {
                i++;
            }

            var length = start - fragmentStart;
            if ((length >= MinSize && text.AsSpan(previousEnd, start - previousEnd).IndexOfAny(".!?\n") >= 0) || length >= MaxSize)
            {
                starts.Add(start);
                if (start > lastMatch)
                {
                    return starts;
                }

                fragmentStart = start;
            }

            previousEnd = i;
        }

        return starts;
    }

    /// <summary>
    /// Whether text[i] belongs to a word: a letter or digit, or a full stop or apostrophe between two of them ("U.S." and
    /// "3.5" are one word, as the tokenizer sees them: a full stop inside them ends no sentence).
    /// </summary>
    private static bool InWord(string text, int i) =>
        char.IsLetterOrDigit(text[i])
        || (text[i] is '.' or '\'' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]));
}
