using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Searching.Storage;

/// <summary>
/// An index input that reads with pread: no shared file position, so no lock, and the length read once. Lucene.Net's
/// NIOFSDirectory reads through a FileStream it must lock (searches share it) and asks the file's length of the system
/// on every read: a profile of the server put 4% of its CPU in that length call alone.
/// </summary>
internal sealed class PositionalReadInput(string description, SafeFileHandle handle, int bufferSize)
    : BufferedIndexInput(description, bufferSize)
{
    private readonly long length = RandomAccess.GetLength(handle);

    /// <summary>Clones share the handle; only the input that opened it closes it.</summary>
    private bool isClone;

    public static PositionalReadInput Open(string path, int bufferSize) =>
        new($"PositionalReadInput(path=\"{path}\")", File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), bufferSize);

    public override long Length => length;

    public override object Clone()
    {
        var clone = (PositionalReadInput)base.Clone();
        clone.isClone = true;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int count)
    {
        var position = Position;
        if (position + count > length)
        {
            throw new EndOfStreamException($"read past EOF: {this} at {position} + {count} of {length}");
        }

        while (count > 0)
        {
            var read = RandomAccess.Read(handle, b.AsSpan(offset, count), position);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {this} at {position} + {count} of {length}");
            }

            (offset, count, position) = (offset + read, count - read, position + read);
        }
    }

    protected override void SeekInternal(long pos)
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !isClone)
        {
            handle.Dispose();
        }
    }
}
