using System.Text.Json;
using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// JSON files (one object or an array of objects) and JSON Lines (one object per line), with the field names
/// common news crawlers and datasets use (title/headline, body/text/maintext/content, date/published/..., url, author).
/// </summary>
public sealed class JsonArticleReader : IArticleReader
{
    private static readonly string[] TitleKeys = ["title", "headline", "name"];
    private static readonly string[] BodyKeys = ["body", "text", "maintext", "content", "article", "articleBody", "description"];
    private static readonly string[] DateKeys = ["date", "date_publish", "datePublished", "published", "publishedAt", "published_at", "pubDate", "pub_date", "publication_date", "created_at"];
    private static readonly string[] UrlKeys = ["url", "link", "href"];
    private static readonly string[] AuthorKeys = ["author", "authors", "byline", "creator"];
    private static readonly string[] IdKeys = ["id", "_id", "guid", "uuid", "doc_id"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public string Format => "json";

    public ReaderFit Fit(string relativePath, string text) =>
        LooksLikeJson(text) ? ReaderFit.Content
        : Path.GetExtension(relativePath).ToLowerInvariant() is ".json" or ".jsonl" or ".ndjson" ? ReaderFit.Extension
        : ReaderFit.None;

    public IEnumerable<Article> Read(SourceFile file)
    {
        var path = file.PortablePath;
        var isLines = Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson" || IsJsonLines(file.Text);
        var objects = isLines ? ReadLines(file) : ReadDocument(file);
        var articles = new List<Article>();
        var position = 0;
        foreach (var (element, line) in objects)
        {
            position++;
            try
            {
                articles.Add(ToArticle(element, path, isLines || position > 1 || line > 0 ? position : null, line));
            }
            catch (ArticleReadException ex) when (isLines || position > 1 || line > 0)
            {
                // One record of many: skip it, keep its neighbours.
                file.SkippedRecords.Add(ReadProblem.From(ex));
            }
        }

        if (articles.Count == 0)
        {
            throw file.SkippedRecords is [var first, ..]
                ? new ArticleReadException(path, null, $"no readable JSON object in the file; first problem: {first.Reason}")
                : new ArticleReadException(path, null, "no JSON objects in the file");
        }

        return articles;
    }

    /// <summary>An object or array from first to last character, or a first line that is a whole object (JSON Lines).</summary>
    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        var newline = trimmed.IndexOf('\n');
        var firstLine = (newline < 0 ? trimmed : trimmed[..newline]).TrimEnd();
        return trimmed[0] == '[' ? trimmed[^1] == ']' : trimmed[0] == '{' && (trimmed[^1] == '}' || firstLine[^1] == '}');
    }

    /// <summary>
    /// Whether a file not named .jsonl is nonetheless one object per line: its first line is a whole JSON value and
    /// more follow. A pretty-printed document's first line ("{" or "[") never parses on its own.
    /// </summary>
    private static bool IsJsonLines(string text)
    {
        var lines = text.AsSpan().Trim().EnumerateLines();
        if (!lines.MoveNext())
        {
            return false;
        }

        var first = lines.Current.ToString();
        if (!lines.MoveNext())
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(first, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<(JsonElement Element, int Line)> ReadLines(SourceFile file)
    {
        using var reader = new StringReader(file.Text);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement element;
            try
            {
                using var doc = JsonDocument.Parse(line, Options);
                element = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                file.SkippedRecords.Add(new ReadProblem(file.PortablePath, $"line {lineNumber}: invalid JSON: {ex.Message}"));
                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                file.SkippedRecords.Add(new ReadProblem(file.PortablePath, $"line {lineNumber}: expected a JSON object on this line"));
                continue;
            }

            yield return (element, lineNumber);
        }
    }

    private static IEnumerable<(JsonElement Element, int Line)> ReadDocument(SourceFile file)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(file.Text, Options);
            root = doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ArticleReadException(file.PortablePath, (int?)ex.LineNumber + 1, $"invalid JSON: {ex.Message}");
        }

        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                // A crawler export often wraps its list: { "articles": [...] }.
                var list = root.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object) && p.Value.GetArrayLength() > 0);
                if (!HasAny(root, BodyKeys) && list.Value.ValueKind == JsonValueKind.Array)
                {
                    return list.Value.EnumerateArray().Select((e, i) => (e, i + 1));
                }

                return [(root, 0)];
            case JsonValueKind.Array:
                return root.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.Object
                    ? (e, i + 1)
                    : throw new ArticleReadException(file.PortablePath, null, $"array item {i + 1} is not an object"));
            default:
                throw new ArticleReadException(file.PortablePath, 1, "expected a JSON object or an array of objects");
        }
    }

    private static Article ToArticle(JsonElement obj, string path, int? position, int line)
    {
        var body = FirstString(obj, BodyKeys);
        var title = FirstString(obj, TitleKeys);
        if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
        {
            throw new ArticleReadException(path, line > 0 ? line : null, "the object has neither a title nor a body/text field");
        }

        var ownId = FirstString(obj, IdKeys);
        var url = FirstString(obj, UrlKeys);
        return new Article
        {
            Id = ArticleIds.Choose(ownId, url, path, position),
            Title = (title ?? FirstSentence(body!)).Trim(),
            Body = (body ?? string.Empty).Trim(),
            Date = MetadataDate.Parse(FirstString(obj, DateKeys)),
            Url = url,
            Author = FirstString(obj, AuthorKeys),
            Source = new ArticleSource(path, position),
        };
    }

    private static bool HasAny(JsonElement obj, string[] keys) => keys.Any(k => obj.TryGetProperty(k, out _));

    private static string? FirstString(JsonElement obj, string[] keys)
    {
        foreach (var key in keys)
        {
            if (!obj.TryGetProperty(key, out var value))
            {
                continue;
            }

            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
                JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['.', '\n']);
        return end > 0 && end < 200 ? text[..end] : text[..Math.Min(text.Length, 120)];
    }
}
