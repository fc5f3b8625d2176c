using System.Globalization;

namespace Search.Core.Evaluation;

/// <summary>PolNeAR's data/metadata.tsv: each article's file name (without .txt) and the publication date its publisher gave.</summary>
public static class PolnearMetadata
{
    public static IReadOnlyDictionary<string, DateOnly> PublicationDates(TextReader reader)
    {
        var header = (reader.ReadLine() ?? "").Split('\t');
        var name = Array.IndexOf(header, "filename");
        var date = Array.IndexOf(header, "publication_date");
        if (name < 0 || date < 0)
        {
            throw new FormatException("metadata.tsv has no 'filename' and 'publication_date' columns");
        }

        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            if (columns.Length > Math.Max(name, date)
                && DateOnly.TryParseExact(columns[date], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
            {
                dates.TryAdd(columns[name], published);
            }
        }

        return dates;
    }
}
