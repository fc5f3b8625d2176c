using System.Text;
using Search.Core.Reading;
using Search.Core.Schema;

namespace Search.Core.Evaluation;

/// <summary>PolNeAR articles with their gold speakers (the distinct named Source spans) and publisher's publication date.</summary>
/// <remarks>
/// Articles are data/&lt;split&gt;/text/*.txt, read as plain text under their real file names; dates come from
/// data/metadata.tsv. An article annotated by several annotators is scored against the first annotation file by name.
/// </remarks>
public static class PolnearLoader
{
    private static readonly char[] SpanPunctuation = [' ', ',', ';', ':', '"', '“', '”', '‘', '’', '—', '–', '-'];

    public static IReadOnlyList<AnnotatedArticle> Load(string polnearRoot, string split)
    {
        var data = Path.Combine(polnearRoot, "data");
        using var metadata = new StreamReader(Path.Combine(data, "metadata.tsv"));
        var dates = PolnearMetadata.PublicationDates(metadata);
        var attributions = Directory.GetFiles(Path.Combine(data, split, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToList();

        var articles = new List<AnnotatedArticle>();
        foreach (var path in Directory.GetFiles(Path.Combine(data, split, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var annotation = attributions.FirstOrDefault(a => Path.GetFileName(a).StartsWith(name + "_", StringComparison.Ordinal))
                ?? throw new FileNotFoundException($"no attribution file for {name}");
            articles.Add(ToArticle(
                Path.GetFileName(path),
                File.ReadAllText(path, Encoding.UTF8),
                File.ReadAllText(annotation, Encoding.UTF8),
                dates.TryGetValue(name, out var date) ? date : null));
        }

        return articles;
    }

    public static AnnotatedArticle ToArticle(string fileName, string text, string annotations, DateOnly? published)
    {
        var article = new PlainTextReader().Read(new SourceFile(fileName, text)).Single();
        var named = new NamedSourceRule(text);
        var speakers = BratAnnotationParser.Parse(annotations)
            .Where(s => s.Type == "Source")
            .Select(s => Clean(s.TextIn(text)))
            .Where(s => s.Length > 0 && named.IsNamed(s))
            .DistinctBy(NameNormalizer.Normalize)
            .ToList();

        return new AnnotatedArticle(article) { Speakers = speakers, PublicationDate = published };
    }

    /// <summary>One line, no surrounding commas or quotes: "The state’s chairman, Phil Lovas," to "The state’s chairman, Phil Lovas".</summary>
    private static string Clean(string span) =>
        string.Join(' ', span.Split((char[])[' ', '\n', '\r', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).Trim(SpanPunctuation);
}
