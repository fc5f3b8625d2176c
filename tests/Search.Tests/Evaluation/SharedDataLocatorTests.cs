using Search.Core.Evaluation;
using Search.Tests.Fixtures;

namespace Search.Tests.Evaluation;

public sealed class SharedDataLocatorTests : IDisposable
{
    private readonly TempCorpus temp = new();

    public void Dispose() => temp.Dispose();

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(temp.Root, relative)).FullName;

    [Fact]
    public void Shared_beside_the_working_directory_comes_first()
    {
        var shared = Folder("shared");
        Folder("shared/corpora");

        Assert.Equal(shared, SharedDataLocator.Find(Folder("main")));
    }

    [Fact]
    public void Otherwise_a_shared_folder_beside_a_parent_is_found()
    {
        var shared = Folder("shared");
        Folder("shared/corpora");

        Assert.Equal(shared, SharedDataLocator.Find(Folder("main/src/Search.Indexer")));
    }

    [Fact]
    public void A_shared_folder_without_corpora_does_not_count()
    {
        Folder("shared");

        var found = SharedDataLocator.Find(Folder("main/src"));

        // A real shared/ higher up (above the temp folder) may still be found; this one must not be.
        Assert.False(found?.StartsWith(temp.Root, StringComparison.Ordinal) ?? false);
    }
}
