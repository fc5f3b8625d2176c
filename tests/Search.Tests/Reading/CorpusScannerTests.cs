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
    public void A_symlinked_folder_is_followed_and_a_link_cycle_is_walked_once()
    {
        using var outside = new TempCorpus().Write("wire/elsewhere.txt", "Elsewhere\n\nTalks resumed.");
        using var corpus = new TempCorpus().Write("cycle/note.txt", "Note\n\nTalks resumed.");
        Directory.CreateSymbolicLink(Path.Combine(corpus.CorpusPath, "cycle", "back"), Path.Combine(corpus.CorpusPath, "cycle"));
        Directory.CreateSymbolicLink(Path.Combine(corpus.CorpusPath, "loop"), "cycle");
        Directory.CreateSymbolicLink(Path.Combine(corpus.CorpusPath, "linked"), Path.Combine(outside.CorpusPath, "wire"));

        var files = new CorpusScanner([], []).Scan(corpus.CorpusPath).Select(f => f.Replace('\\', '/'));

        Assert.Equal(["cycle/note.txt", "linked/elsewhere.txt"], files);
    }

    [Fact]
    public void Include_and_exclude_patterns_match_at_any_depth()
    {
        using var corpus = SampleArticles.Corpus();

        Assert.Equal(["sgml/oil.sgm"], new CorpusScanner(["*.sgm"], []).Scan(corpus.CorpusPath).Select(f => f.Replace('\\', '/')));
        Assert.DoesNotContain(new CorpusScanner([], ["*football*"]).Scan(corpus.CorpusPath), f => f.Contains("football"));
    }

    [Fact]
    public void Extensionless_files_and_archives_are_listed_but_not_other_binaries()
    {
        using var corpus = new TempCorpus()
            .Write("wire/0001", "Title\n\nBody")
            .WriteBytes("feeds/wire.jsonl.gz", [0x1F, 0x8B])
            .WriteBytes("feeds/table.csv.gz", [0x1F, 0x8B])
            .WriteBytes("archive/2024.zip", [0x50, 0x4B])
            .WriteBytes("photos/a.jpg", [0xFF, 0xD8])
            .Write("LICENSE", "MIT");

        var files = new CorpusScanner([], []).Scan(corpus.CorpusPath);

        Assert.Equal(["archive/2024.zip", "feeds/wire.jsonl.gz", "wire/0001"], files.Select(f => f.Replace('\\', '/')));
    }

    [Theory]
    [InlineData("README.md", true)]
    [InlineData("docs/readme.txt", true)]
    [InlineData("__MACOSX/2024/._a.txt", true)]
    [InlineData("2024/a.txt", false)]
    [InlineData("2024/readers-letters.txt", false)]
    public void Default_excludes_apply_to_paths_inside_archives(string path, bool excluded)
    {
        Assert.Equal(excluded, CorpusScanner.IsExcludedByDefault(path));
    }
}
