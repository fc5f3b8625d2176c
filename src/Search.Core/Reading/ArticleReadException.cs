namespace Search.Core.Reading;

/// <summary>A file that cannot be read as articles; names the file and, where known, the line.</summary>
public sealed class ArticleReadException(string path, int? line, string reason)
    : Exception(line is { } n ? $"{path}:{n}: {reason}" : $"{path}: {reason}")
{
    public string Path { get; } = path;

    public int? Line { get; } = line;

    public string Reason { get; } = reason;
}
