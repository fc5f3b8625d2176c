namespace Search.Tests.Fixtures;

/// <summary>Locates `../shared` (real corpora beside the checkout); tests over it skip when a fresh clone lacks it.</summary>
public static class SharedData
{
    public static string? Root { get; } = Find();

    /// <summary>The path of a folder under shared/, or a skip with a message saying what is missing.</summary>
    public static string Require(string relative)
    {
        var path = Root is null ? null : Path.Combine(Root, relative);
        Skip.If(path is null || !Path.Exists(path), $"../shared/{relative} is not present beside the checkout; this test needs the shared corpora.");
        return path!;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
