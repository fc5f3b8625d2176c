using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Finds the dates a text mentions and resolves them against the publication date, keeping the precision the text
/// has: "March 3, 2024" is 2024-03-03, "in November" is the nearest November (2023-11), "since 2006" is 2006,
/// "on Tuesday" is the Tuesday of that week, "last week" is an ISO week (2023-W36).
/// </summary>
public sealed partial class DateMentionResolver
{
    public IReadOnlyList<string> Resolve(string text, DateOnly? published)
    {
        var found = new List<(int Position, string Value)>();
        var covered = new List<(int Start, int End)>();

        void Add(Match m, string? value)
        {
            if (value is null || covered.Any(c => m.Index < c.End && m.Index + m.Length > c.Start))
            {
                return;
            }

            covered.Add((m.Index, m.Index + m.Length));
            found.Add((m.Index, value));
        }

        foreach (Match m in IsoDate().Matches(text))
        {
            Add(m, DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Day(d) : null);
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(m, FullDate(m, published));
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(m, FullDate(m, published));
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            var month = DatelineReader.MonthNumber(m.Groups["month"].Value);
            Add(m, month is { } mo ? $"{m.Groups["year"].Value}-{mo:00}" : null);
        }

        if (published is { } pub)
        {
            foreach (Match m in Weekday().Matches(text))
            {
                Add(m, Day(WeekdayNear(pub, m.Groups["day"].Value, FutureContext(text, m.Index))));
            }

            foreach (Match m in Relative().Matches(text))
            {
                Add(m, RelativeDate(pub, m.Groups["which"].Value.ToLowerInvariant(), m.Groups["unit"].Value.ToLowerInvariant()));
            }

            foreach (Match m in BareMonth().Matches(text))
            {
                var month = DatelineReader.MonthNumber(m.Groups["month"].Value);
                if (month is { } mo)
                {
                    var year = NearestYear(pub, mo, FutureContext(text, m.Index));
                    Add(m, $"{year}-{mo:00}");
                }
            }
        }

        foreach (Match m in YearOnly().Matches(text))
        {
            Add(m, m.Groups["year"].Value);
        }

        return [.. found.OrderBy(f => f.Position).Select(f => f.Value).Distinct()];
    }

    private static string? FullDate(Match m, DateOnly? published)
    {
        var month = DatelineReader.MonthNumber(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (month is not { } mo)
        {
            return null;
        }

        if (year is null && published is { } pub)
        {
            year = NearestYear(pub, mo, false);
        }

        return year is { } y && day >= 1 && day <= DateTime.DaysInMonth(y, mo) ? Day(new DateOnly(y, mo, day)) : null;
    }

    /// <summary>News mostly reports the recent past: a month without a year is the latest one not far after publication.</summary>
    private static int NearestYear(DateOnly published, int month, bool future)
    {
        if (future)
        {
            return month >= published.Month ? published.Year : published.Year + 1;
        }

        return month <= published.Month + 1 ? published.Year : published.Year - 1;
    }

    private static DateOnly WeekdayNear(DateOnly published, string dayName, bool future)
    {
        var target = Enum.Parse<DayOfWeek>(dayName, ignoreCase: true);
        var delta = ((int)target - (int)published.DayOfWeek + 7) % 7;
        return future ? published.AddDays(delta == 0 ? 7 : delta) : published.AddDays(delta == 0 ? 0 : delta - 7);
    }

    private static string? RelativeDate(DateOnly pub, string which, string unit)
    {
        var shift = which switch { "last" or "yesterday" => -1, "next" or "tomorrow" => 1, _ => 0 };
        return unit switch
        {
            "" => Day(pub.AddDays(shift)),
            "year" => (pub.Year + shift).ToString(CultureInfo.InvariantCulture),
            "month" => $"{pub.AddMonths(shift):yyyy-MM}",
            "week" => Week(pub.AddDays(7 * shift)),
            _ => null,
        };
    }

    private static bool FutureContext(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        var before = text[start..index];
        return FutureCue().IsMatch(before);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Week(DateOnly date) =>
        $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}";

    private const string MonthName = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"(?<![\d-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+" + MonthName + @"(?:,?\s+(?<year>(?:19|20)\d\d))?\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthName + @",?\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:in|since|until|by|from|during|before|after|of|early|late|mid|through)\s+(?:early\s+|late\s+|mid-)?" + MonthName + @"\b(?!\s+\d)")]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:on|last|next|this|until|by|since|from|late|early)\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<which>last|next|this)\s+(?<unit>year|month|week)|(?<which>yesterday|today|tomorrow)(?<unit>))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:in|since|until|by|from|during|before|after|of|year|early|late|mid-|through|to|between|and)\s+(?<year>(?:19|20)\d\d)\b(?![\d%,.]\d)")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?:will|would|next|plans? to|scheduled|due|expected to|is to|are to|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();
}
