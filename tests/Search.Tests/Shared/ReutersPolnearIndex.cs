using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Shared;

/// <summary>Reuters-21578 and PolNeAR indexed together once, as `indexer build ../shared/corpora --include 'reuters21578/*.sgm' --include 'polnear/data/*/text/*.txt'` does.</summary>
public sealed class ReutersPolnearIndex : IDisposable
{
    private readonly TempCorpus temp = new();

    public ReutersPolnearIndex()
    {
        var corpora = SharedData.Root is null ? null : Path.Combine(SharedData.Root, "corpora");
        if (corpora is null || !Directory.Exists(Path.Combine(corpora, "reuters21578")) || !Directory.Exists(Path.Combine(corpora, "polnear")))
        {
            return;
        }

        Summary = IndexBuilder.CreateDefault().Build(new BuildOptions(corpora, temp.IndexPath) { Include = ["reuters21578/*.sgm", "polnear/data/*/text/*.txt"] });
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
