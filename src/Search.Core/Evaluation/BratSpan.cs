using System.Text;

namespace Search.Core.Evaluation;

/// <summary>A brat text-bound annotation ("T3\tSource 10 25;30 41\t..."): its type and one or more character ranges.</summary>
public sealed record BratSpan(string Id, string Type, IReadOnlyList<BratRange> Ranges)
{
    /// <summary>The annotated text, its discontinuous pieces joined by a space.</summary>
    public string TextIn(string document)
    {
        var index = CodePointIndex.For(document);
        var pieces = new StringBuilder();
        foreach (var range in Ranges)
        {
            var start = index(range.Start);
            var end = index(range.End);
            if (start < 0 || end > document.Length || end < start)
            {
                throw new FormatException($"annotation {Id} ({range.Start}-{range.End}) lies outside the text");
            }

            if (pieces.Length > 0)
            {
                pieces.Append(' ');
            }

            pieces.Append(document, start, end - start);
        }

        return pieces.ToString();
    }
}
