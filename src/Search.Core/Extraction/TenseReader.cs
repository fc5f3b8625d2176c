using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Reads the tense around a date mention from the nearest tense word in its sentence: "will meet Monday" is
/// ahead of publication, "closed Friday" and "was signed in December" are behind it.
/// </summary>
public static partial class TenseReader
{
    private const int Reach = 160;

    /// <summary>The tense of the nearest cue before the mention in its sentence, else the nearest one after it.</summary>
    public static Tense At(string text, int start, int end)
    {
        // The verb governing a time adverbial usually comes before it ("said Friday", "will vote in May");
        // only a clause that opens with the date ("On Monday, the board will ...") needs the words after it.
        var from = SentenceStart(text, start);
        var before = text[from..start];
        var cue = Cue().Matches(before).LastOrDefault(c => Carries(before, c));
        if (cue is not null)
        {
            return TenseOf(before, cue);
        }

        var after = text[end..SentenceEnd(text, end)];
        cue = Cue().Matches(after).FirstOrDefault(c => Carries(after, c));
        return cue is null ? Tense.Unknown : TenseOf(after, cue);
    }

    /// <summary>A participle after "be" ("will be named", "is held") says nothing about when; the auxiliary does.</summary>
    private static bool Carries(string clause, Match cue) =>
        !cue.Groups["past"].Success || !Passive().IsMatch(clause[..cue.Index]);

    /// <summary>A plan that "had been due" or was "originally scheduled" for a day has passed by publication.</summary>
    private static Tense TenseOf(string clause, Match cue) =>
        !cue.Groups["future"].Success ? Tense.Past
        : Overtaken().IsMatch(clause[..cue.Index]) ? Tense.Past
        : Tense.Future;

    private static int SentenceStart(string text, int index)
    {
        var floor = Math.Max(0, index - Reach);
        for (var i = index - 1; i > floor; i--)
        {
            if (text[i] is '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i > 0 && char.IsLower(text[i - 1])))
            {
                return i + 1;
            }
        }

        return floor;
    }

    private static int SentenceEnd(string text, int index)
    {
        var ceiling = Math.Min(text.Length, index + Reach);
        for (var i = index; i < ceiling; i++)
        {
            if (text[i] is '\n' or '!' or '?' || (text[i] is '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && i > 0 && char.IsLower(text[i - 1])))
            {
                return i;
            }
        }

        return ceiling;
    }

    // Future words are listed first so that "expected" and "scheduled" count as future, not as past -ed forms;
    // "than expected" and "as expected" compare with a forecast and point nowhere.
    [GeneratedRegex(@"\b(?:(?<future>will|won't|shall|'ll|going to|next|upcoming|coming|scheduled|(?<!\b(?:than|as)\s)expected|expects?|due|plans?|planned|intends?|until|later this|hopes? to|aims? to|would|(?:agreed|agrees|supposed|set|is|are) to)|(?<past>was|were|had|did|ago|last|earlier|previous|said|told|rose|fell|met|took|began|won|lost|came|went|made|paid|sold|bought|brought|thought|kept|sent|spent|built|found|became|led|ran|held|left|gave|got|saw|grew|struck|fought|\w{3,}ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:be|been|being|is|are|am)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:had|previously|originally)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Overtaken();
}
