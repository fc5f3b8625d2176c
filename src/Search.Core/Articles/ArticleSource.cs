namespace Search.Core.Articles;

/// <summary>The file an article was read from and its 1-based position when the file holds several.</summary>
public sealed record ArticleSource(string Path, int? Position = null)
{
    /// <summary>"dir/file.sgm#3" for the third article of a multi-article file, else the path alone.</summary>
    public override string ToString() => Position is { } n ? $"{Path}#{n}" : Path;

    /// <summary>Parses the form produced by <see cref="ToString"/>.</summary>
    public static ArticleSource Parse(string value)
    {
        var hash = value.LastIndexOf('#');
        return hash > 0 && int.TryParse(value.AsSpan(hash + 1), out var n)
            ? new ArticleSource(value[..hash], n)
            : new ArticleSource(value);
    }
}
