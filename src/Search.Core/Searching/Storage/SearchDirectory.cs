using Lucene.Net.Store;

namespace Search.Core.Searching.Storage;

/// <summary>
/// Opens an index folder for searching: every file memory-mapped and read through <see cref="MappedIndexInput"/>, which
/// reads straight from memory and, unlike Lucene.Net's MMapDirectory, does not track its clones.
/// </summary>
public sealed class SearchDirectory(string indexPath) : FSDirectory(new DirectoryInfo(indexPath), lockFactory: null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return MappedIndexInput.Open(Path.Combine(Directory.FullName, name));
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
