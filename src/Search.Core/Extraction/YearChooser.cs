namespace Search.Core.Extraction;

/// <summary>
/// The year of a month or day written without one: the latest one not after publication when the text looks back,
/// the first one not before it when it looks ahead, else the one nearest the publication date.
/// </summary>
public static class YearChooser
{
    public static int ForMonth(DateOnly published, int month, Tense tense) =>
        Choose(published.Year, y => (y * 12) + month - ((published.Year * 12) + published.Month), tense);

    /// <summary>The year for a day of a month, or null when the day exists in no candidate year (April 31).</summary>
    public static int? ForDay(DateOnly published, int month, int day, Tense tense)
    {
        if (day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        // 29 February falls back to the nearest leap year by letting the offset grow for years without one.
        return Choose(published.Year, y => day <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, day).DayNumber - published.DayNumber
            : int.MaxValue / 2, tense);
    }

    private static int Choose(int year, Func<int, int> offset, Tense tense)
    {
        int[] candidates = [year - 1, year, year + 1];
        return tense switch
        {
            Tense.Past => candidates.Where(y => offset(y) <= 0).DefaultIfEmpty(year - 1).Max(),
            Tense.Future => candidates.Where(y => offset(y) >= 0).DefaultIfEmpty(year + 1).Min(),
            _ => candidates.OrderBy(y => Math.Abs(offset(y))).ThenBy(y => y).First(),
        };
    }
}
