namespace Search.Tests.Browser;

/// <summary>Where the browser tests save screenshots: docs/screenshots in the checkout, so the README can show them.</summary>
public static class Screenshots
{
    public static string PathFor(string fileName)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? throw new DirectoryNotFoundException($"No Search.sln above {AppContext.BaseDirectory}.");
        return Path.Combine(root, "docs", "screenshots", fileName);
    }
}
