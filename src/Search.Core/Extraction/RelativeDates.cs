using System.Globalization;

namespace Search.Core.Extraction;

/// <summary>Day, week, month and year arithmetic from the publication date, written as the dates field writes them.</summary>
public static class RelativeDates
{
    /// <summary>The weekday the text names: within the past week when it looks back, within the next one when it looks ahead.</summary>
    public static DateOnly Weekday(DateOnly published, DayOfWeek target, Tense tense, bool strict)
    {
        var ahead = ((int)target - (int)published.DayOfWeek + 7) % 7;
        if (tense == Tense.Future)
        {
            return published.AddDays(ahead == 0 ? 7 : ahead);
        }

        // "last Monday" in a Monday paper is a week back; a bare "Monday" in it is the day itself.
        var back = ahead == 0 ? (strict ? 7 : 0) : 7 - ahead;
        return published.AddDays(-back);
    }

    /// <summary>"two weeks ago", "next year": the period <paramref name="count"/> units away, at the unit's precision.</summary>
    public static string? Shift(DateOnly published, string unit, int count) => unit switch
    {
        "day" => Day(published.AddDays(count)),
        "week" => Week(published.AddDays(7 * count)),
        "month" => published.AddMonths(count).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        "year" => (published.Year + count).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{year:0000}-{month:00}";

    public static string Week(DateOnly date)
    {
        var time = date.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(time)}-W{ISOWeek.GetWeekOfYear(time):00}";
    }
}
