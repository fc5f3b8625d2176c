using Search.Core.Indexing;
using Search.Core.Searching;
using Xunit.Abstractions;

namespace Search.Tests.Reliability;

/// <summary>A corpus of broken and malicious files indexes without a crash, and every good article in it can be found.</summary>
public sealed class HostileArchiveTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_hostile_corpus_indexes_without_a_crash_and_loses_no_good_article()
    {
        using var archive = new HostileArchive();
        var options = new BuildOptions(archive.Corpus.CorpusPath, archive.Corpus.IndexPath) { MaxFileBytes = HostileArchive.MaxFileBytes };

        // A build that hangs on a fifo or a symlink loop fails here rather than holding up the run.
        var build = Task.Run(() => IndexBuilder.CreateDefault().Build(options), CancellationToken.None);
        var summary = await build.WaitAsync(TimeSpan.FromMinutes(2));

        using var search = new SearchService(archive.Corpus.IndexPath);
        var missing = archive.GoodWords.Where(w => search.Search(new SearchRequest { Query = w }).Total != 1).ToList();
        output.WriteLine($"hostile corpus: {summary.Files} files, {summary.Articles} articles indexed, {summary.Skipped.Count} problems reported, {archive.GoodWords.Count - missing.Count}/{archive.GoodWords.Count} good articles found");
        foreach (var skipped in summary.Skipped)
        {
            output.WriteLine($"  skipped {skipped.Path}: {skipped.Reason}");
        }

        Assert.Empty(missing);
        foreach (var leaked in new[] { "root", "innerzipword", "truncatedword", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
        {
            Assert.Equal(0, search.Search(new SearchRequest { Query = leaked }).Total);
        }

        foreach (var bad in new[] { "bad/laughs.nitf", "bad/xxe.nitf", "bad/bomb.txt.gz", "bad/bomb.zip", "bad/random.zip", "bad/binary.txt", "bad/deep.json", "good/mixed.zip/bomb.txt.gz" })
        {
            Assert.Contains(summary.Skipped, s => s.Path.StartsWith(bad, StringComparison.Ordinal));
        }

        Assert.False(File.Exists(Path.Combine(archive.Corpus.Root, "escaped.txt")), "a zip entry named ../../escaped.txt was written outside the corpus");
    }

    [Fact]
    public void One_broken_json_line_loses_only_itself()
    {
        using var corpus = new Fixtures.TempCorpus().Write("wire.jsonl", """
            {"id": "a", "title": "First harbour story", "body": "Talks resumed.", "date": "2024-06-02"}
            {"broken json line
            {"id": "b", "title": "Second harbour story", "body": "Talks resumed.", "date": "2024-06-03"}
            """);

        var summary = IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));

        Assert.Equal(2, summary.Articles);
    }
}
