namespace Search.Api.Hosting;

/// <summary>
/// Resolves the configured corpus folder: absolute, relative to the content root, or, for a relative path, the nearest
/// parent that has it, so `dotnet run --project src/Search.Api` finds the repository's sample corpus from anywhere in the checkout.
/// </summary>
public static class CorpusLocator
{
    public static string? Find(string setting, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        if (Path.IsPathRooted(setting))
        {
            return Directory.Exists(setting) ? setting : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, setting);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
