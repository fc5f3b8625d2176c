using System.Text.RegularExpressions;

namespace Search.Core.Evaluation;

/// <summary>Cuts a CoNLL-2003 sentence stream without -DOCSTART- lines into articles, one per dateline.</summary>
/// <remarks>
/// Every article opens with a headline, sometimes a byline (a sentence of person tokens) or a "[ CORRECTED ... ]"
/// note, then a dateline ending in a date ("LONDON 1996-08-30"); a dateline whose place ends in an abbreviation
/// ("Mich .") comes as two sentences. A story that has no dateline stays part of the one before it.
/// </remarks>
public static partial class ConllDocumentSplitter
{
    public static IReadOnlyList<ConllDocument> Split(IReadOnlyList<IReadOnlyList<ConllToken>> sentences)
    {
        var heads = new List<(int Start, int DatelineStart, int BodyStart, IReadOnlyList<ConllToken>? Byline)>();
        var previousEnd = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!IsoDate().IsMatch(sentences[i][^1].Word))
            {
                continue;
            }

            var datelineStart = sentences[i].Count == 1 && i - 1 >= previousEnd ? i - 1 : i;
            var start = datelineStart;
            IReadOnlyList<ConllToken>? byline = null;
            while (start - 1 >= previousEnd && (IsCorrection(sentences[start - 1]) || (byline is null && IsByline(sentences[start - 1]))))
            {
                start--;
                if (IsByline(sentences[start]))
                {
                    byline = sentences[start];
                }
            }

            // The headline is the sentence before, unless the previous article's dateline is right there.
            if (start - 1 >= previousEnd)
            {
                start--;
            }

            heads.Add((start, datelineStart, i + 1, byline));
            previousEnd = i + 1;
        }

        var documents = new List<ConllDocument>(heads.Count);
        for (var h = 0; h < heads.Count; h++)
        {
            var (start, datelineStart, bodyStart, byline) = heads[h];
            var end = h + 1 < heads.Count ? heads[h + 1].Start : sentences.Count;
            var headline = start < datelineStart && !ReferenceEquals(sentences[start], byline) && !IsCorrection(sentences[start]) ? sentences[start] : [];
            var dateline = sentences.Take(bodyStart).Skip(datelineStart).SelectMany(s => s).ToList();
            documents.Add(new ConllDocument(headline, byline, dateline, [.. sentences.Take(end).Skip(bodyStart)]));
        }

        return documents;
    }

    /// <summary>A byline is a name alone on its line, every token of it tagged as a person (so no closing full stop).</summary>
    private static bool IsByline(IReadOnlyList<ConllToken> sentence) =>
        sentence.Count <= 5 && sentence.All(t => t.Tag.EndsWith("PER", StringComparison.Ordinal));

    private static bool IsCorrection(IReadOnlyList<ConllToken> sentence) =>
        sentence[0].Word == "[" && sentence[^1].Word == "]";

    [GeneratedRegex(@"^(?:19|20)\d\d-\d\d-\d\d$")]
    private static partial Regex IsoDate();
}
