using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Search.Core.Evaluation;

/// <summary>Reads a TimeML (.tml) document: creation date, title, plain text and gold dates.</summary>
/// <remarks>
/// Gold dates are the TIMEX3 type="DATE" values in the title and text that name a day, month, year or ISO week
/// ("1998-02-13", "1998-02", "1998", "1998-W08"), other than the creation date itself; vague values (PRESENT_REF,
/// 1989-Q3, 199X, 1990-W32-WE) are left out because no article field can hold them.
/// </remarks>
public static partial class TimebankParser
{
    public static TimebankDocument Parse(string xml)
    {
        var root = XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root ?? throw new FormatException("empty TimeML document");
        var docId = root.Element("DOCID")?.Value.Trim() ?? throw new FormatException("TimeML document without DOCID");
        var creation = root.Element("DCT")?.Element("TIMEX3")?.Attribute("value")?.Value
            ?? throw new FormatException($"{docId}: no creation time (DCT)");
        var created = DateOnly.ParseExact(creation[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = root.Element("TITLE");
        var text = root.Element("TEXT") ?? throw new FormatException($"{docId}: no TEXT");

        var dates = new[] { title, text }
            .Where(e => e is not null)
            .SelectMany(e => e!.Descendants("TIMEX3"))
            .Where(t => (string?)t.Attribute("type") == "DATE")
            .Select(t => (string?)t.Attribute("value") ?? "")
            .Where(v => CalendarValue().IsMatch(v) && v != created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new TimebankDocument(docId, created, title?.Value.Trim() ?? "", text.Value.Trim(), dates);
    }

    [GeneratedRegex(@"^\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?$")]
    private static partial Regex CalendarValue();
}
