using Microsoft.Extensions.FileSystemGlobbing;

namespace Search.Core.Reading;

/// <summary>
/// Lists the corpus files to read, recursively and in a stable order, filtered by include/exclude globs.
/// A pattern without a '/' matches at any depth ("*.sgm" finds "a/b/c.sgm"), as in .gitignore.
/// </summary>
public sealed class CorpusScanner(IReadOnlyList<string> include, IReadOnlyList<string> exclude)
{
    /// <summary>Files that are documentation, not articles, skipped unless an include pattern names them.</summary>
    public static readonly IReadOnlyList<string> DefaultExcludes = ["README*", "LICENSE*", "COPYING*", "NOTICE*", "AUTHORS*", "CONTRIBUTING*", "CHANGELOG*", ".*"];

    private static readonly Matcher DefaultExcludeMatcher = MatcherOf(DefaultExcludes);

    /// <summary>Whether a path is one of the documentation or dot-files left out by default, e.g. inside a zip archive.</summary>
    public static bool IsExcludedByDefault(string relativePath) => DefaultExcludeMatcher.Match(relativePath.Replace('\\', '/')).HasMatches;

    public IReadOnlyList<string> Scan(string root)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(include.Count == 0 ? ["**/*"] : include.Select(Anchor));
        matcher.AddExcludePatterns(exclude.Select(Anchor));
        if (include.Count == 0)
        {
            matcher.AddExcludePatterns(DefaultExcludes.Select(Anchor));
        }

        return [.. matcher.Execute(CycleSafeDirectory.Root(root)).Files
            .Select(match => match.Path.Replace('/', Path.DirectorySeparatorChar))
            .Where(ArticleReaders.IsCandidate)
            .Order(StringComparer.Ordinal)];
    }

    private static Matcher MatcherOf(IEnumerable<string> patterns)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(patterns.Select(Anchor));
        return matcher;
    }

    private static string Anchor(string pattern) => pattern.Contains('/') ? pattern.TrimStart('/') : "**/" + pattern;
}
