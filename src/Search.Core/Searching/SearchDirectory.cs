using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Searching;

/// <summary>
/// Opens an index folder for searching. Stored fields (the .fdt file) are read through a buffer big enough for a
/// whole compressed chunk, so decompressing a hit's chunk reads bytes from an array in one system call; a memory-mapped
/// input hands them over one virtual call at a time, which made loading ten hits a third of a search's time. Every
/// other file stays memory-mapped, as FSDirectory.Open chooses.
/// </summary>
public static class SearchDirectory
{
    /// <summary>Twice the 16 KB chunk Lucene's stored fields format compresses, so a chunk needs one read.</summary>
    private const int StoredFieldsBufferSize = 32 * 1024;

    public static Lucene.Net.Store.Directory Open(string indexPath) =>
        new FileSwitchDirectory(new HashSet<string> { "fdt" }, new BufferedStoredFields(indexPath), FSDirectory.Open(indexPath), doClose: true);

    /// <summary>
    /// Opens stored fields for positional reads. Lucene.Net's NIOFSDirectory reads through a FileStream it must lock
    /// (searches share it) and asks the file's length of the system on every read: a profile of the server put 4% of
    /// its CPU in that length call alone.
    /// </summary>
    private sealed class BufferedStoredFields(string path) : NIOFSDirectory(path)
    {
        public override IndexInput OpenInput(string name, IOContext context)
        {
            EnsureOpen();
            var file = Path.Combine(Directory.FullName, name);
            var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new PositionalReadInput($"PositionalReadInput(path=\"{file}\")", handle);
        }
    }

    /// <summary>An index input that reads with pread: no shared file position, so no lock, and the length read once.</summary>
    private sealed class PositionalReadInput(string description, SafeFileHandle handle) : BufferedIndexInput(description, StoredFieldsBufferSize)
    {
        private readonly long length = RandomAccess.GetLength(handle);

        /// <summary>Clones share the handle; only the input that opened it closes it.</summary>
        private bool isClone;

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
}
