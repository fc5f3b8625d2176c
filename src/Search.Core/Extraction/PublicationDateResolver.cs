using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// The publication date from the first source that has it: the file's metadata, the dateline (its year from the
/// file name or the text), a date in the file name. A dateline one day after the file name's date marks a reprint,
/// published on the file name's date. Never guesses today's date.
/// </summary>
public static partial class PublicationDateResolver
{
    public static DateOnly? Resolve(DateOnly? metadata, Dateline? dateline, string sourcePath, string text)
    {
        if (metadata is { } date)
        {
            return date;
        }

        var fromName = FromFileName(sourcePath);
        if (dateline is { Month: { } month, Day: { } day })
        {
            var year = dateline.Year ?? fromName?.Year ?? MostMentionedYear(text);
            if (year is { } y && day <= DateTime.DaysInMonth(y, month))
            {
                var filed = new DateOnly(y, month, day);

                // A reprint of a wire story keeps the wire's dateline, often the day after the site filed it
                // (time zones, embargoes); the site's own date is when the reader saw it published.
                return fromName is { } named && filed == named.AddDays(1) ? named : filed;
            }
        }

        return fromName;
    }

    /// <summary>A date written in the file name ("2016-10-12_slug.txt", "20161012-story.json").</summary>
    public static DateOnly? FromFileName(string path)
    {
        var m = FileNameDate().Match(Path.GetFileName(path));
        return m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static int? MostMentionedYear(string text) =>
        YearPattern().Matches(text)
            .GroupBy(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key)
            .FirstOrDefault();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex FileNameDate();

    [GeneratedRegex(@"(?<![\d.,$])(?:19[5-9]\d|20[0-4]\d)(?![\d%])")]
    private static partial Regex YearPattern();
}
