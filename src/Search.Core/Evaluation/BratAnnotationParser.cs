using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Evaluation;

/// <summary>Reads the text-bound annotations (T lines) of a brat standoff .ann file.</summary>
/// <remarks>Relations, events and notes are skipped, and so are the stray lines a span's copied text leaves when it crosses a line break.</remarks>
public static partial class BratAnnotationParser
{
    public static IReadOnlyList<BratSpan> Parse(string annotations)
    {
        var spans = new List<BratSpan>();
        foreach (var line in annotations.Split('\n'))
        {
            var m = TextBound().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var ranges = m.Groups["ranges"].Value.Split(';')
                .Select(r => r.Split(' '))
                .Select(r => new BratRange(int.Parse(r[0], CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture)))
                .ToList();
            spans.Add(new BratSpan(m.Groups["id"].Value, m.Groups["type"].Value, ranges));
        }

        return spans;
    }

    [GeneratedRegex(@"^(?<id>T\d+)\t(?<type>[^\t ]+) (?<ranges>\d+ \d+(?:;\d+ \d+)*)(?:\t|\r?$)")]
    private static partial Regex TextBound();
}
