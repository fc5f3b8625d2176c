using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Shared;

/// <summary>All of Reuters-21578 indexed once, as `indexer build ../shared/corpora/reuters21578 --include '*.sgm'` does.</summary>
public sealed class ReutersIndex : IDisposable
{
    private readonly TempCorpus temp = new();

    public ReutersIndex()
    {
        var corpus = SharedData.Root is null ? null : Path.Combine(SharedData.Root, "corpora", "reuters21578");
        if (corpus is null || !Directory.Exists(corpus))
        {
            return;
        }

        Summary = IndexBuilder.CreateDefault().Build(new BuildOptions(corpus, temp.IndexPath) { Include = ["*.sgm"] });
        Search = new SearchService(temp.IndexPath);
    }

    public BuildSummary? Summary { get; }

    public SearchService? Search { get; }

    public void Dispose()
    {
        Search?.Dispose();
        temp.Dispose();
    }
}
