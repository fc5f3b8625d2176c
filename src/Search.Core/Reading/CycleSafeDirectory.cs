using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Search.Core.Reading;

/// <summary>
/// A corpus folder as the glob matcher walks it. Symlinked folders are followed (an archive is often assembled from
/// links), but each real folder only once, so a link cycle ends at once instead of re-reading the tree at every level.
/// </summary>
internal sealed class CycleSafeDirectory : DirectoryInfoBase
{
    private readonly DirectoryInfo directory;
    private readonly string realPath;
    private readonly HashSet<string> visited;
    private readonly CycleSafeDirectory? parent;

    private CycleSafeDirectory(DirectoryInfo directory, string realPath, HashSet<string> visited, CycleSafeDirectory? parent)
    {
        this.directory = directory;
        this.realPath = realPath;
        this.visited = visited;
        this.parent = parent;
    }

    public override string Name => directory.Name;

    public override string FullName => directory.FullName;

    public override DirectoryInfoBase? ParentDirectory => parent;

    /// <summary>The walk's starting folder.</summary>
    public static CycleSafeDirectory Root(string path)
    {
        var info = new DirectoryInfo(Path.GetFullPath(path));
        var real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        return new CycleSafeDirectory(info, real, new HashSet<string>(StringComparer.Ordinal) { real }, null);
    }

    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        FileSystemInfo[] entries;
        try
        {
            entries = directory.GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        // Real folders claim their place before links to them, so a file is listed under its own path when it can be.
        var children = new List<FileSystemInfoBase>(entries.Length);
        foreach (var entry in entries.OrderBy(e => e.LinkTarget is not null).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is FileInfo file)
            {
                children.Add(new FileInfoWrapper(file));
            }
            else if (entry is DirectoryInfo sub && RealPathOf(sub) is var real && visited.Add(real))
            {
                children.Add(new CycleSafeDirectory(sub, real, visited, this));
            }
        }

        return children;
    }

    public override DirectoryInfoBase? GetDirectory(string path) =>
        path == ".." ? parent : new CycleSafeDirectory(new DirectoryInfo(Path.Combine(FullName, path)), Path.Combine(realPath, path), visited, this);

    public override FileInfoBase? GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(FullName, path)));

    // A link's target is relative to the folder holding the link, whose real location is this folder's.
    private string RealPathOf(DirectoryInfo sub) =>
        sub.LinkTarget is { } target
            ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(target, realPath))
            : Path.Combine(realPath, sub.Name);
}
