using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>Tells a four-digit year ("since 2006", "fiscal 1989") from a number of things ("1901 shares", "Flight 1549").</summary>
public static partial class YearReader
{
    /// <summary>True when the number at <paramref name="m"/> reads as a year in a story published on <paramref name="published"/>.</summary>
    public static bool IsYear(string text, Match m, DateOnly? published)
    {
        var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);

        // Far-future years are amounts; a story may look ahead a few decades (targets, forecasts), not centuries.
        if (year < 1800 || year > (published?.Year ?? DateTime.UtcNow.Year) + 50)
        {
            return false;
        }

        var end = m.Index + m.Length;
        var after = text[end..Math.Min(text.Length, end + 24)];
        var before = text[Math.Max(0, m.Index - 16)..m.Index];
        return !CountedNoun().IsMatch(after) && !Label().IsMatch(before);
    }

    [GeneratedRegex(@"^\s+(?:shares|people|persons|units|employees|jobs|workers|cars|vehicles|votes|points|tons|tonnes|barrels|acres|miles|feet|foot|meters|metres|kilometers|kilometres|km|dollars|euros|pounds|yen|francs|troops|soldiers|homes|houses|members|copies|seats|cases|deaths|dead|residents|students|pieces|rooms|beds|days|hours|minutes|words|pages|times|men|women|children|students|passengers|patients|delegates|calories|degrees|horsepower|yards|companies|stores|branches|contracts|locations|sites)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedNoun();

    [GeneratedRegex(@"(?:\b(?:No|Nos|Number|Flight|Route|Room|Suite|Box|Highway|Interstate|Article|Section|Resolution|Rule|Model|Channel|Gate|Apartment|Unit|Page|Vol|Lot)\.?|#|\babout|\bnearly|\bsome|\bover|\bunder|\bthan)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
