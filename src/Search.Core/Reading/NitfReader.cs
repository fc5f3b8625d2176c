using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// NITF, the IPTC news XML of wire services: headline, byline, dateline, dates, paragraphs, id, tagged people and places.
/// Read without its DTD, so an XML bomb or external entity is a broken file, never expanded or fetched.
/// </summary>
public sealed partial class NitfReader : IArticleReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static readonly string[] DateMetaNames = ["date", "pubdate", "publication-date", "publication_date", "dc.date"];

    private static readonly string[] PlaceParts = ["city", "state", "region", "country", "sublocation"];

    public string Format => "nitf";

    public ReaderFit Fit(string relativePath, string text) =>
        NitfStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 65536))) ? ReaderFit.Content
        : Path.GetExtension(relativePath).Equals(".nitf", StringComparison.OrdinalIgnoreCase) ? ReaderFit.Extension
        : ReaderFit.None;

    public IEnumerable<Article> Read(SourceFile file)
    {
        var path = file.PortablePath;
        var root = Load(file).Root!;
        if (root.Name.LocalName != "nitf")
        {
            throw new ArticleReadException(path, LineOf(root), $"the root element is <{root.Name.LocalName}>, not <nitf>");
        }

        var bodyContent = Elements(root, "body.content").FirstOrDefault() ?? Elements(root, "body").FirstOrDefault();
        var paragraphs = bodyContent is null ? [] : Elements(bodyContent, "p").Select(p => Clean(p.Value)).Where(p => p.Length > 0).ToList();
        var title = Text(Elements(root, "hl1").FirstOrDefault()) ?? Text(Elements(root, "title").FirstOrDefault());
        if (paragraphs.Count == 0 && title is null)
        {
            throw new ArticleReadException(path, null, "no headline and no paragraphs in <body.content>");
        }

        var dateline = Text(Elements(root, "dateline").FirstOrDefault());
        var body = string.Join('\n', paragraphs);
        if (dateline is not null && !body.StartsWith(dateline.Split([' ', ','], 2)[0], StringComparison.OrdinalIgnoreCase))
        {
            // The body reads as the wire printed it, dateline first, as in every other format.
            body = body.Length > 0 ? $"{dateline} - {body}" : dateline;
        }

        yield return new Article
        {
            Id = ArticleIds.Choose(Attribute(root, "doc-id", "id-string"), null, path),
            Title = title ?? paragraphs[0],
            Body = body.Length > 0 ? body : title!,
            Date = PublicationDate(root),
            Author = Author(Elements(root, "byline").FirstOrDefault()),
            Source = new ArticleSource(path),
            DeclaredPeople = Distinct(Elements(root, "person").Where(p => !p.Ancestors().Any(a => a.Name.LocalName == "byline")).Select(p => p.Attribute("value")?.Value ?? Text(p))),
            DeclaredLocations = Distinct(Elements(root, "location").SelectMany(Places)),
        };
    }

    private static XDocument Load(SourceFile file)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(file.Text), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            var reason = DeclaresEntities().IsMatch(file.Text)
                ? $"the DTD declares entities, which are never expanded or fetched (an XML bomb or external entity?): {ex.Message}"
                : $"malformed XML: {ex.Message}";
            throw new ArticleReadException(file.PortablePath, ex.LineNumber > 0 ? ex.LineNumber : null, reason);
        }
    }

    /// <summary>Issue date, then release date, then the publication data, the dateline's story date, a date meta tag.</summary>
    private static DateOnly? PublicationDate(XElement root) =>
        new[]
        {
            Attribute(root, "date.issue", "norm"),
            Attribute(root, "date.release", "norm"),
            Attribute(root, "pubdata", "date.publication"),
            Attribute(root, "story.date", "norm"),
            Text(Elements(root, "story.date").FirstOrDefault()),
            Elements(root, "meta").FirstOrDefault(m => DateMetaNames.Contains(m.Attribute("name")?.Value.ToLowerInvariant()))?.Attribute("content")?.Value,
        }.Select(MetadataDate.Parse).FirstOrDefault(d => d is not null);

    /// <summary>A tagged place, or each of its parts ("Geneva", "Switzerland"), so each can be found in the gazetteer.</summary>
    private static IEnumerable<string?> Places(XElement location)
    {
        var parts = location.Elements().Where(e => PlaceParts.Contains(e.Name.LocalName)).Select(Text).ToList();
        return parts.Count > 0 ? parts : [location.Attribute("value")?.Value ?? Text(location)];
    }

    /// <summary>The byline's tagged person, else its text without "By"; its job title (&lt;byttl&gt;) is not a name.</summary>
    private static string? Author(XElement? byline)
    {
        if (byline is null)
        {
            return null;
        }

        if (Text(Elements(byline, "person").FirstOrDefault()) is { } person)
        {
            return person;
        }

        var words = Clean(string.Concat(byline.Nodes().Select(n => n is XElement { Name.LocalName: "byttl" } ? string.Empty : n is XElement e ? e.Value : (n as XText)?.Value)));
        var name = ByPrefix().Replace(words, string.Empty).TrimEnd(',', ' ');
        return name.Length > 0 ? name : null;
    }

    private static IEnumerable<XElement> Elements(XContainer container, string localName) =>
        container.Descendants().Where(e => e.Name.LocalName == localName);

    private static string? Attribute(XElement root, string element, string attribute) =>
        Elements(root, element).Select(e => e.Attribute(attribute)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The element's words, with a space between child elements ("&lt;name.given&gt;Jane&lt;/...&gt;&lt;name.family&gt;Doe...").</summary>
    private static string? Text(XElement? element) =>
        element is not null && Clean(string.Join(' ', element.DescendantNodes().OfType<XText>().Select(t => t.Value))) is { Length: > 0 } text ? text : null;

    private static string Clean(string value) => Whitespace().Replace(value, " ").Replace(" ,", ",").Trim();

    private static List<string> Distinct(IEnumerable<string?> values) =>
        [.. values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static int? LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    [GeneratedRegex(@"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)*<(?:[\w.-]+:)?nitf[\s>/]", RegexOptions.Singleline)]
    private static partial Regex NitfStart();

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*\[[^\]]*<!ENTITY", RegexOptions.Singleline)]
    private static partial Regex DeclaresEntities();

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
