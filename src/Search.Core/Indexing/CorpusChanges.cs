namespace Search.Core.Indexing;

/// <summary>
/// How the corpus differs from what the index holds: files to read (new, or changed in size or time), files gone,
/// and files untouched. A file whose time changed but whose content hash did not is found unchanged when read.
/// </summary>
public sealed record CorpusChanges(IReadOnlyList<CorpusFile> ToRead, IReadOnlyList<string> Removed, IReadOnlyList<CorpusFile> Unchanged)
{
    public static CorpusChanges Between(IReadOnlyList<CorpusFile> files, IndexManifest? previous)
    {
        if (previous is null)
        {
            return new CorpusChanges(files, [], []);
        }

        var toRead = new List<CorpusFile>();
        var unchanged = new List<CorpusFile>();
        foreach (var file in files)
        {
            if (previous.Files.TryGetValue(file.Path, out var state) && state.Size == file.Size && state.ModifiedTicks == file.ModifiedTicks)
            {
                unchanged.Add(file);
            }
            else
            {
                toRead.Add(file);
            }
        }

        var present = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Files.Keys.Where(p => !present.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return new CorpusChanges(toRead, removed, unchanged);
    }
}

/// <summary>A file found in the corpus folder: path relative to the corpus (forward slashes), size and modification time.</summary>
public sealed record CorpusFile(string Path, long Size, long ModifiedTicks)
{
    public static CorpusFile Stat(string root, string relativePath)
    {
        var info = new FileInfo(System.IO.Path.Combine(root, relativePath));
        return new CorpusFile(relativePath.Replace('\\', '/'), info.Length, info.LastWriteTimeUtc.Ticks);
    }
}
