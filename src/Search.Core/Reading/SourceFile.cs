namespace Search.Core.Reading;

/// <summary>A corpus file handed to a reader: its path relative to the corpus root and its decoded text.</summary>
public sealed record SourceFile(string RelativePath, string Text)
{
    /// <summary>File name with forward slashes, for ids and messages that look the same on every OS.</summary>
    public string PortablePath => RelativePath.Replace('\\', '/');

    /// <summary>
    /// Records a reader skipped while it read the rest of the file (a broken line of a JSON Lines file), so one bad
    /// record costs only itself.
    /// </summary>
    public List<ReadProblem> SkippedRecords { get; } = [];
}
