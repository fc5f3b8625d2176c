using Search.Core.Reading;
using Search.Tests.Fixtures;

namespace Search.Tests.Reading;

public class CorpusScannerTests
{
    [Fact]
    public void Walks_recursively_skipping_readmes_and_unsupported_files()
    {
        using var corpus = SampleArticles.Corpus().Write("README.txt", "about").Write("notes/list.csv", "a,b");

        var files = new CorpusScanner([], []).Scan(corpus.CorpusPath);

        Assert.Equal(["jsonl/oil.jsonl", "sgml/oil.sgm", "text/2020-03-03_rates.txt", "text/2021-05-12_football.txt"], files.Select(f => f.Replace('\\', '/')));
    }

    [Fact]
    public void Include_and_exclude_patterns_match_at_any_depth()
    {
        using var corpus = SampleArticles.Corpus();

        Assert.Equal(["sgml/oil.sgm"], new CorpusScanner(["*.sgm"], []).Scan(corpus.CorpusPath).Select(f => f.Replace('\\', '/')));
        Assert.DoesNotContain(new CorpusScanner([], ["*football*"]).Scan(corpus.CorpusPath), f => f.Contains("football"));
    }
}
