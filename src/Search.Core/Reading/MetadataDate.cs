using System.Globalization;

namespace Search.Core.Reading;

/// <summary>Parses the date formats news metadata uses (ISO 8601 and its basic form "20240305T120000Z", RFC 1123, Reuters "26-FEB-1987 15:01:01.79", Unix seconds).</summary>
public static class MetadataDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss",
        "yyyy/MM/dd", "yyyyMMdd", "yyyyMMddTHHmmss", "yyyyMMddTHHmmssK", "d-MMM-yyyy HH:mm:ss.ff", "d-MMM-yyyy HH:mm:ss", "d-MMM-yyyy",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss K", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy",
    ];

    /// <summary>The calendar date the value names, or null when it is not a date.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
        {
            // The date as the publisher wrote it, in the publisher's own offset.
            return DateOnly.FromDateTime(exact.DateTime);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 100_000_000 && seconds < 10_000_000_000)
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var loose)
            ? DateOnly.FromDateTime(loose.DateTime)
            : null;
    }
}
