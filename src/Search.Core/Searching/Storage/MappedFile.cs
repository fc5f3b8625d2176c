using System.IO.MemoryMappedFiles;

namespace Search.Core.Searching.Storage;

/// <summary>
/// One index file mapped into memory whole, read-only. The inputs reading it share it; the one that opened it
/// unmaps it, after which every read throws instead of touching unmapped memory.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;
    private volatile bool closed;

    private MappedFile(string path)
    {
        Path = path;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        Length = stream.Length;
        if (Length == 0)
        {
            // An empty file cannot be mapped; nothing can be read from it either.
            return;
        }

        map = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        Start = start + view.PointerOffset;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>The first byte of the file; null when the file is empty.</summary>
    public byte* Start { get; }

    public bool IsClosed => closed;

    public static MappedFile Open(string path) => new(path);

    public void Dispose()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        if (view is not null)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            map!.Dispose();
        }
    }
}
