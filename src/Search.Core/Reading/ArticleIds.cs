using System.Text;

namespace Search.Core.Reading;

/// <summary>Builds stable, URL-safe article ids: the file's own id, else its url, else its path and position.</summary>
public static class ArticleIds
{
    /// <summary>The id for an article, preferring what the file itself says over where the article sits in it.</summary>
    public static string Choose(string? ownId, string? url, string relativePath, int? position = null) =>
        !string.IsNullOrWhiteSpace(ownId) ? FromOwnId(ownId)
        : FromUrl(url) is { Length: > 0 } fromUrl ? fromUrl
        : FromPath(relativePath, position);

    /// <summary>"text/2024-03-03_rates.txt" becomes "text-2024-03-03_rates.txt"; a position is appended as "-3".</summary>
    public static string FromPath(string relativePath, int? position = null)
    {
        var builder = new StringBuilder(relativePath.Length + 4);
        foreach (var c in relativePath)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? char.ToLowerInvariant(c) : '-');
        }

        if (position is { } n)
        {
            builder.Append('-').Append(n);
        }

        return builder.ToString().Trim('-');
    }

    /// <summary>Keeps an id the file gives when it is usable in a URL path segment, else derives one from it.</summary>
    public static string FromOwnId(string ownId)
    {
        var trimmed = ownId.Trim();
        return trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ':')
            ? trimmed
            : FromPath(trimmed);
    }

    /// <summary>
    /// "https://www.example.com/2024/03/rates?utm_source=x#top" becomes "example.com-2024-03-rates": the same
    /// article shared with other tracking parameters, scheme or "www." keeps its id. Empty when there is no url.
    /// </summary>
    public static string FromUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return string.Empty;
        }

        var text = url.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
            text = host + uri.AbsolutePath.TrimEnd('/') + (query.Length > 0 ? "-" + query : string.Empty);
        }

        var id = FromPath(text);
        while (id.Contains("--", StringComparison.Ordinal))
        {
            id = id.Replace("--", "-", StringComparison.Ordinal);
        }

        return id;
    }
}
