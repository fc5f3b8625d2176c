namespace Search.Benchmarks;

/// <summary>
/// Finds the real corpora in ../shared beside the checkout (or SEARCH_SHARED), from wherever BenchmarkDotNet
/// runs the generated benchmark process; fails with a clear message when they are absent.
/// </summary>
internal static class SharedCorpus
{
    public static string Reuters => Path.Combine(Root, "corpora", "reuters21578");

    private static string Root => Find() ?? throw new InvalidOperationException(
        "The benchmarks need the shared corpora (../shared/corpora/reuters21578 beside the checkout); " +
        "set SEARCH_SHARED to the shared folder if it is elsewhere.");

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SEARCH_SHARED") is { Length: > 0 } configured)
        {
            return Directory.Exists(Path.Combine(configured, "corpora", "reuters21578")) ? configured : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var shared = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(shared, "corpora", "reuters21578")))
                {
                    return shared;
                }
            }
        }

        return null;
    }
}
