using System.Text.Json;
using AngleSharp.Dom;

namespace Search.Core.Reading;

/// <summary>The schema.org article a page describes in a JSON-LD script: NewsArticle, Article, BlogPosting and kin.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Body, string? DatePublished, string? Author, string? Url)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 };

    /// <summary>The first article object in the page's JSON-LD scripts, or null. A script that is not valid JSON is passed over.</summary>
    public static JsonLdArticle? Find(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var doc = JsonDocument.Parse(script.TextContent, Options);
                if (Candidates(doc.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } found)
                {
                    return new JsonLdArticle(Text(found, "headline"), Text(found, "articleBody"), Text(found, "datePublished"), AuthorOf(found), UrlOf(found));
                }
            }
            catch (JsonException)
            {
                // Hand-edited JSON-LD is often broken; the page's meta tags still say what it is.
            }
        }

        return null;
    }

    /// <summary>The objects a JSON-LD script holds: itself, the items of a top-level array, and those of "@graph".</summary>
    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        var top = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        foreach (var item in top)
        {
            yield return item;
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var node in graph.EnumerateArray())
                {
                    yield return node;
                }
            }
        }
    }

    private static bool IsArticle(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToList() : [type];
        return types.Any(t => t.ValueKind == JsonValueKind.String && t.GetString() is { } name
            && (name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("BlogPosting", StringComparison.Ordinal)));
    }

    private static string? Text(JsonElement item, string key) =>
        item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>"author" is a name, a Person with a name, or a list of either.</summary>
    private static string? AuthorOf(JsonElement item)
    {
        if (!item.TryGetProperty("author", out var author))
        {
            return null;
        }

        var people = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        var names = people
            .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : p.ValueKind == JsonValueKind.Object ? Text(p, "name") : null)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static string? UrlOf(JsonElement item) =>
        Text(item, "url")
        ?? (item.TryGetProperty("mainEntityOfPage", out var page) && page.ValueKind == JsonValueKind.Object ? Text(page, "@id") : Text(item, "mainEntityOfPage"));
}
