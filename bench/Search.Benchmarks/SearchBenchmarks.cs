using BenchmarkDotNet.Attributes;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Benchmarks;

/// <summary>
/// Query, count, facets and highlighting over all of Reuters-21578, as the API runs them; time per query.
/// Top10 against Top1 shows what loading and highlighting nine more hits costs.
/// </summary>
public class SearchBenchmarks
{
    private SearchService search = null!;

    [Params("oil", "coffee", "oil prices opec", "\"interest rates\"")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        // Built once per machine and reused: a second build of an unchanged corpus is incremental and reads nothing.
        var index = Path.Combine(Path.GetTempPath(), "search-benchmarks", "reuters-index");
        IndexBuilder.CreateDefault().Build(new BuildOptions(SharedCorpus.Reuters, index) { Include = ["*.sgm"] });
        search = new SearchService(index);
    }

    [GlobalCleanup]
    public void Cleanup() => search.Dispose();

    [Benchmark(Baseline = true)]
    public int Top10() => search.Search(new SearchRequest { Query = Query }).Hits.Count;

    [Benchmark]
    public int Top1() => search.Search(new SearchRequest { Query = Query, Size = 1 }).Hits.Count;

    [Benchmark]
    public int Top10InMarch() => search.Search(new SearchRequest { Query = Query, From = new DateOnly(1987, 3, 1), To = new DateOnly(1987, 3, 31) }).Hits.Count;
}
