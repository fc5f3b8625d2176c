using Lucene.Net.Store;

namespace Search.Core.Searching.Storage;

/// <summary>
/// Opens an index folder for searching. Stored fields (the .fdt file) are read through a buffer big enough for a
/// whole compressed chunk, so decompressing a hit's chunk reads bytes from an array in one system call; a memory-mapped
/// input hands them over one virtual call at a time, which made loading ten hits a third of a search's time. Every
/// other file is memory-mapped (<see cref="MappedIndexInput"/>).
/// </summary>
public sealed class SearchDirectory(string indexPath) : FSDirectory(new DirectoryInfo(indexPath), lockFactory: null)
{
    /// <summary>Twice the 16 KB chunk Lucene's stored fields format compresses, so a chunk needs one read.</summary>
    private const int StoredFieldsBufferSize = 32 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return name.EndsWith(".fdt", StringComparison.Ordinal)
            ? PositionalReadInput.Open(path, StoredFieldsBufferSize)
            : MappedIndexInput.Open(path);
    }

    /// <summary>Compound files map once and hand out views of their entries.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new MappedSlicer(MappedFile.Open(Path.Combine(Directory.FullName, name)));
    }

    private sealed class MappedSlicer(MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            MappedIndexInput.Slice(file, sliceDescription, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }
}
