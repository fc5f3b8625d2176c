using System.Text;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Indexing;

/// <summary>The indexer as a separate process: killed mid-build, run twice at once, run again after a crash.</summary>
public class IndexerProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>A corpus big enough that a build takes a few seconds: the sample files plus generated JSON Lines wires.</summary>
    private static TempCorpus LargeCorpus()
    {
        var corpus = SampleArticles.Corpus();
        for (var file = 0; file < 150; file++)
        {
            var lines = new StringBuilder();
            for (var i = 0; i < 25; i++)
            {
                lines.Append($$"""{"id": "gen-{{file}}-{{i}}", "title": "Generated wire {{file}}-{{i}}", "body": "BERLIN, May {{(i % 28) + 1}} - Talks on the budget continued on Tuesday, said finance minister Klara Weber. \"We are close,\" Weber said. Officials in Paris and Rome agreed.", "date": "2023-05-{{(i % 28) + 1:00}}"}""").Append('\n');
            }

            corpus.Write($"wire/gen-{file:000}.jsonl", lines.ToString());
        }

        return corpus;
    }

    [Fact]
    public void Killed_mid_build_leaves_the_served_index_intact_and_the_next_run_completes()
    {
        using var corpus = LargeCorpus();
        var small = new TempCorpus();
        try
        {
            // The served index: the four sample files only.
            foreach (var file in new[] { "text/2020-03-03_rates.txt", "text/2021-05-12_football.txt", "jsonl/oil.jsonl", "sgml/oil.sgm" })
            {
                small.Write(file, File.ReadAllText(Path.Combine(corpus.CorpusPath, file)));
            }

            IndexBuilder.CreateDefault().Build(new BuildOptions(small.CorpusPath, corpus.IndexPath));
            using var served = new SearchService(corpus.IndexPath);
            Assert.Equal(6, served.Count);

            using (var indexer = IndexerProcess.Start($"build \"{corpus.CorpusPath}\" --index \"{corpus.IndexPath}\""))
            {
                Assert.True(indexer.WaitForProgress(Patience), indexer.Output);
                indexer.Kill();
            }

            served.Refresh();
            Assert.Equal(6, served.Count);
            Assert.Equal(1, served.Search(new SearchRequest { Query = "sticky" }).Total);
            using (var reopened = new SearchService(corpus.IndexPath))
            {
                Assert.Equal(6, reopened.Count);
            }

            using (var again = IndexerProcess.Start($"build \"{corpus.CorpusPath}\" --index \"{corpus.IndexPath}\""))
            {
                Assert.Equal(0, again.WaitForExit(Patience));
            }

            served.Refresh();
            Assert.Equal(6 + (150 * 25), served.Count);
        }
        finally
        {
            small.Dispose();
        }
    }

    [Fact]
    public void A_second_indexer_on_a_busy_index_says_so_and_exits_non_zero()
    {
        using var corpus = LargeCorpus();
        using var first = IndexerProcess.Start($"build \"{corpus.CorpusPath}\" --index \"{corpus.IndexPath}\"");
        Assert.True(first.WaitForProgress(Patience), first.Output);

        using var second = IndexerProcess.Start($"build \"{corpus.CorpusPath}\" --index \"{corpus.IndexPath}\"");
        var exit = second.WaitForExit(Patience);

        Assert.Equal(2, exit);
        Assert.True(second.Output.Contains("busy", StringComparison.OrdinalIgnoreCase), second.Output);
        Assert.Equal(0, first.WaitForExit(Patience));
    }

    [Fact]
    public void Extract_prints_one_json_object_per_article()
    {
        using var corpus = SampleArticles.Corpus();
        using var extract = IndexerProcess.Start($"extract \"{corpus.CorpusPath}\"");

        Assert.Equal(0, extract.WaitForExit(Patience));
        var lines = extract.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        var rates = System.Text.Json.JsonDocument.Parse(lines.Single(l => l.Contains("rates.txt", StringComparison.Ordinal))).RootElement;
        Assert.Equal("text/2020-03-03_rates.txt", rates.GetProperty("source").GetString());
        Assert.Equal("2020-03-03", rates.GetProperty("date").GetString());
        Assert.Equal("Jane Doe", rates.GetProperty("speakers")[0].GetString());
        Assert.Equal("Jane Doe", rates.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        foreach (var name in new[] { "id", "title", "people", "locations", "dates" })
        {
            Assert.True(rates.TryGetProperty(name, out _), name);
        }

        Assert.Contains(lines, l => l.Contains("\"source\":\"sgml/oil.sgm#2\"", StringComparison.Ordinal));
    }
}
