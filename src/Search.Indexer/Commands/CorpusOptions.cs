using System.CommandLine;

namespace Search.Indexer.Commands;

/// <summary>The --include/--exclude glob options that every command reading a corpus shares.</summary>
internal static class CorpusOptions
{
    public static Option<string[]> Include() => new("--include")
    {
        Description = "Glob of files to read, e.g. '*.sgm' (repeatable; a pattern without '/' matches at any depth). Default: every supported file except README/LICENSE files.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Exclude() => new("--exclude")
    {
        Description = "Glob of files to leave out (repeatable).",
    };
}
