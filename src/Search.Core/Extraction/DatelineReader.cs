using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Reads the wire-style dateline that opens a story: "GENEVA, March 3 (Reuters) -", "NAIROBI, Kenya, Jan 14 -",
/// "WASHINGTON (AP) --", or CoNLL's "AL-AIN , United Arab Emirates 1996-12-06".
/// </summary>
public static partial class DatelineReader
{
    /// <summary>The dateline at the start of the text, or null when the text opens without one.</summary>
    public static Dateline? Read(string text)
    {
        var head = text.Length > 240 ? text[..240] : text;
        var iso = IsoPattern().Match(head);
        if (iso.Success && DateOnly.TryParseExact(iso.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var places = iso.Groups["place"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new Dateline(places, date.Month, date.Day, date.Year, iso.Length);
        }

        var m = WirePattern().Match(head);
        if (m.Success)
        {
            var wirePlaces = m.Groups["place"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            int? month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : null;
            int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            if (day is > 31)
            {
                day = null;
            }

            return new Dateline(wirePlaces, month, day, year, m.Length);
        }

        return null;
    }

    /// <summary>Month number for an English month name or abbreviation ("Sept", "March"), else null.</summary>
    public static int? MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        if (key.Length < 3)
        {
            return null;
        }

        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var index = Array.IndexOf(months, key[..3]);
        return index < 0 ? null : index + 1;
    }

    [GeneratedRegex(@"^\s*(?<place>\p{Lu}[\p{Lu}\p{M}\.\-' ]*\p{Lu}\.?(?:\s*,\s*\p{Lu}[\p{L}\p{M}\.\-' ]*?){0,2})\s*(?:,\s*(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+(?<day>\d{1,2})(?:\s*,\s*(?<year>(?:19|20)\d\d))?)?\s*(?:\((?<agency>[^)]{2,40})\))?\s*(?:-{1,2}|–|—)(?=\s|$)\s*")]
    private static partial Regex WirePattern();

    [GeneratedRegex(@"^\s*(?<place>\p{Lu}[\p{Lu}\p{M}\.\-' ]*\p{Lu}(?:\s*,\s*\p{Lu}[\p{L}\p{M}\.\-' ]*?){0,2})\s*(?<date>(?:19|20)\d\d-\d\d-\d\d)\b")]
    private static partial Regex IsoPattern();
}
