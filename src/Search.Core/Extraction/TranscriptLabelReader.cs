using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Reads interview transcripts, where each turn opens with the speaker's name in capitals and a colon
/// ("WALLACE: ..."). A single such line is more likely a heading ("UPDATE: ..."), so it takes two labelled turns.
/// </summary>
public static partial class TranscriptLabelReader
{
    // A turn may open with a quotation mark when the article quotes the transcript.
    /// <summary>Each labelled turn: the label as written and the statement after the colon, with its offset.</summary>
    public static IReadOnlyList<(int Start, string Label, string Statement)> Read(string text)
    {
        var turns = new List<(int, string, string)>();
        foreach (Match m in LabelledLine().Matches(text))
        {
            turns.Add((m.Index, m.Groups["label"].Value.Trim(), m.Groups["text"].Value.Trim()));
        }

        return turns.Count >= 2 ? turns : [];
    }

    [GeneratedRegex(@"^[ \t]*[""“]?(?<label>\p{Lu}[\p{Lu}.'’\-]+(?:[ \t]\p{Lu}[\p{Lu}.'’\-]+){0,2})[ \t]*:[ \t]*(?<text>\S[^\n]*)", RegexOptions.Multiline)]
    private static partial Regex LabelledLine();
}
