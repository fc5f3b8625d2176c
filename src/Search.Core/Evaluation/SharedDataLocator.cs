namespace Search.Core.Evaluation;

/// <summary>Finds the shared data folder: ../shared from the working directory, else a shared/ beside or inside any parent.</summary>
public static class SharedDataLocator
{
    public static string? Find(string workingDirectory)
    {
        var start = Path.GetFullPath(workingDirectory);
        var candidates = new List<string> { Path.GetFullPath(Path.Combine(start, "..", "shared")) };
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "shared"));
            if (dir.Parent is { } parent)
            {
                candidates.Add(Path.Combine(parent.FullName, "shared"));
            }
        }

        return candidates.FirstOrDefault(c => Directory.Exists(Path.Combine(c, "corpora")));
    }
}
