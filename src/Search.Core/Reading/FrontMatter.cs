using System.Text.RegularExpressions;

namespace Search.Core.Reading;

/// <summary>
/// Metadata at the top of a text or markdown file: a "---" YAML block (scalars, quoted strings, [a, b] and "- item"
/// lists, folded "&gt;" and "|" strings), or plain "Key: value" lines closed by a blank line.
/// </summary>
internal sealed partial class FrontMatter
{
    private static readonly string[] HeaderKeys = ["title", "date", "author", "url", "id", "location", "source", "byline"];

    private readonly Dictionary<string, List<string>> values = new(StringComparer.OrdinalIgnoreCase);

    public static FrontMatter Empty => new();

    public int Count => values.Count;

    public string? Title => First("title", "headline");

    public DateOnly? Date => MetadataDate.Parse(First("date", "published", "date_published", "pubdate"));

    public string? Author => First("author", "authors", "byline");

    public string? Url => First("url", "link", "canonical_url");

    public string? Id => First("id", "guid", "uuid");

    public IReadOnlyList<string> Locations => [.. new[] { "location", "locations", "places" }.SelectMany(k => values.GetValueOrDefault(k) ?? [])];

    /// <summary>
    /// Reads a "---" block starting at the first line and moves <paramref name="index"/> past it; an unclosed block
    /// is not front matter (the "---" was a rule in the text), so nothing is read.
    /// </summary>
    public static FrontMatter ReadYamlBlock(string[] lines, ref int index)
    {
        var meta = new FrontMatter();
        if (index >= lines.Length || lines[index].Trim() != "---")
        {
            return meta;
        }

        var end = Array.FindIndex(lines, index + 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            return meta;
        }

        string? key = null;
        var folding = false;
        for (var i = index + 1; i < end; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var indented = char.IsWhiteSpace(line[0]);
            if (!indented && YamlPair().Match(line) is { Success: true } pair)
            {
                key = pair.Groups[1].Value;
                var value = pair.Groups[2].Value.Trim();
                folding = value is ">" or "|" or ">-" or "|-";
                if (!folding)
                {
                    meta.AddValue(key, value);
                }
            }
            else if (key is not null && indented)
            {
                var item = line.Trim();
                if (folding)
                {
                    meta.AppendText(key, item);
                }
                else if (item.StartsWith("- ", StringComparison.Ordinal))
                {
                    meta.AddValue(key, item[2..]);
                }
                else if (YamlPair().Match(item) is { Success: true } nested && nested.Groups[1].Value.Equals("name", StringComparison.OrdinalIgnoreCase))
                {
                    // author:\n  name: Ann Lee
                    meta.AddValue(key, nested.Groups[2].Value);
                }
            }
        }

        index = end + 1;
        return meta;
    }

    /// <summary>
    /// Reads "Title: ..." style lines from <paramref name="index"/>. They only count when a blank line closes them;
    /// otherwise a first line such as "Date: ..." was the title, and nothing is read.
    /// </summary>
    public static FrontMatter ReadHeaderLines(string[] lines, ref int index)
    {
        var meta = new FrontMatter();
        var i = index;
        while (i < lines.Length && YamlPair().Match(lines[i]) is { Success: true } m && HeaderKeys.Contains(m.Groups[1].Value.ToLowerInvariant()))
        {
            meta.AddValue(m.Groups[1].Value, m.Groups[2].Value);
            i++;
        }

        if (meta.Count == 0 || (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i])))
        {
            return Empty;
        }

        index = i;
        return meta;
    }

    private string? First(params string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is { Count: > 0 }) is { } found
            ? string.Join(", ", found)
            : null;

    private void AddValue(string key, string raw)
    {
        var value = raw.Trim();
        var items = value.StartsWith('[') && value.EndsWith(']')
            ? value[1..^1].Split(',').Select(Unquote)
            : [Unquote(value)];
        foreach (var item in items.Where(v => v.Length > 0))
        {
            List(key).Add(item);
        }
    }

    private void AppendText(string key, string line)
    {
        var list = List(key);
        if (list.Count == 0)
        {
            list.Add(line);
        }
        else
        {
            list[^1] = list[^1] + " " + line;
        }
    }

    private List<string> List(string key)
    {
        if (!values.TryGetValue(key, out var list))
        {
            values[key] = list = [];
        }

        return list;
    }

    private static string Unquote(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"')
        {
            return trimmed[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Trim();
        }

        if (trimmed.Length >= 2 && trimmed[0] == '\'' && trimmed[^1] == '\'')
        {
            return trimmed[1..^1].Replace("''", "'", StringComparison.Ordinal).Trim();
        }

        // An unquoted YAML value ends at a comment.
        var comment = trimmed.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? trimmed[..comment] : trimmed).Trim();
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_.-]{0,30}):(?:\s+(.*)|\s*)$")]
    private static partial Regex YamlPair();
}
