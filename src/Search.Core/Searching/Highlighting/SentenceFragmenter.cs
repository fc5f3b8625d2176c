using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace Search.Core.Searching.Highlighting;

/// <summary>
/// Cuts highlight fragments at sentence starts once a fragment has reached a useful length, and at a word
/// boundary when a sentence runs too long, so snippets read as whole sentences rather than mid-sentence slices.
/// </summary>
public sealed class SentenceFragmenter(int minSize = 120, int maxSize = 240) : IFragmenter
{
    private string text = string.Empty;
    private IOffsetAttribute? offsets;
    private int fragmentStart;
    private int previousEnd;

    public void Start(string originalText, TokenStream tokenStream)
    {
        text = originalText;
        offsets = tokenStream.AddAttribute<IOffsetAttribute>();
        fragmentStart = 0;
        previousEnd = 0;
    }

    public bool IsNewFragment()
    {
        var start = offsets!.StartOffset;
        var length = start - fragmentStart;
        var isNew = (length >= minSize && SentenceEndsBetween(previousEnd, start)) || length >= maxSize;
        if (isNew)
        {
            fragmentStart = start;
        }

        previousEnd = offsets.EndOffset;
        return isNew;
    }

    private bool SentenceEndsBetween(int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n')
            {
                return true;
            }
        }

        return false;
    }
}
