using System.Text;

namespace Search.Core.Reading;

/// <summary>Builds URL-safe article ids for articles whose file gives none of its own.</summary>
public static class ArticleIds
{
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
}
