using System.IO.Compression;
using System.Text;
using Search.Core.Reading;
using Search.Tests.Fixtures;

namespace Search.Tests.Reading;

public class CorpusFileReaderTests
{
    private const long Limit = 64 * 1024;

    private readonly CorpusFileReader reader = new(new ArticleReaders(), Limit);

    [Fact]
    public void Gzip_is_read_as_the_file_it_holds_under_its_own_name()
    {
        using var corpus = new TempCorpus().WriteBytes("feeds/wire.jsonl.gz", Gzip(SampleArticles.OilJsonLines));

        var read = reader.Read(corpus.CorpusPath, "feeds/wire.jsonl.gz");

        Assert.Null(read.Problem);
        Assert.Equal("json", read.Format);
        Assert.Equal(["nw-2024-0001", "nw-2024-0002"], read.Articles.Select(a => a.Id));
        Assert.Equal("feeds/wire.jsonl.gz#2", read.Articles[1].Source.ToString());
    }

    [Fact]
    public void Gzip_bomb_is_skipped_with_the_reason()
    {
        var bomb = Gzip(new string(' ', 4 * 1024 * 1024));
        using var corpus = new TempCorpus().WriteBytes("bomb.txt.gz", bomb);

        var read = reader.Read(corpus.CorpusPath, "bomb.txt.gz");

        Assert.True(bomb.Length < Limit);
        Assert.Equal("decompresses to more than the 65536 byte limit", read.Problem);
        Assert.Empty(read.Articles);
    }

    [Fact]
    public void Broken_gzip_is_skipped()
    {
        using var corpus = new TempCorpus().WriteBytes("bad.txt.gz", [0x1F, 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.StartsWith("not valid gzip data", reader.Read(corpus.CorpusPath, "bad.txt.gz").Problem);
    }

    [Fact]
    public void Zip_entries_are_each_read_by_their_own_reader_and_broken_ones_reported()
    {
        var zip = Zip(
            ("2024/rates.txt", Encoding.UTF8.GetBytes(SampleArticles.RatesText)),
            ("2024/oil.jsonl", Encoding.UTF8.GetBytes(SampleArticles.OilJsonLines)),
            ("2024/page.html", Encoding.UTF8.GetBytes("<html><body><article><h1>Fire</h1><p>Crews contained a fire.</p></article></body></html>")),
            ("2024/wire.jsonl.gz", Gzip("{\"id\": \"gz-1\", \"title\": \"Zipped gzip\", \"body\": \"x\"}")),
            ("2024/bad.jsonl", Encoding.UTF8.GetBytes("{\"title\": \"ok\", \"body\": \"x\"}\n{broken")),
            ("2024/bomb.txt", Encoding.UTF8.GetBytes(new string(' ', 1024 * 1024))),
            ("2024/nested.zip", Zip(("a.txt", Encoding.UTF8.GetBytes("A\n\nB")))),
            ("README.md", Encoding.UTF8.GetBytes("# About this archive")),
            ("__MACOSX/2024/._rates.txt", [0, 1, 2]),
            ("2024/photo.jpg", [0xFF, 0xD8]));
        using var corpus = new TempCorpus().WriteBytes("archive/news.zip", zip);

        var read = reader.Read(corpus.CorpusPath, "archive/news.zip");

        Assert.Null(read.Problem);
        Assert.Equal("zip", read.Format);
        Assert.Equal(
            ["archive/news.zip/2024/rates.txt", "archive/news.zip/2024/oil.jsonl#1", "archive/news.zip/2024/oil.jsonl#2", "archive/news.zip/2024/page.html", "archive/news.zip/2024/wire.jsonl.gz", "archive/news.zip/2024/bad.jsonl#1"],
            read.Articles.Select(a => a.Source.ToString()));
        Assert.Equal("archive-news.zip-2024-rates.txt", read.Articles[0].Id);
        Assert.Equal("gz-1", read.Articles[4].Id);
        Assert.Equal(["archive/news.zip/2024/bad.jsonl", "archive/news.zip/2024/bomb.txt", "archive/news.zip/2024/nested.zip"], read.EntryProblems.Select(p => p.Path));
        Assert.StartsWith("line 2: invalid JSON", read.EntryProblems[0].Reason);
        Assert.Equal("decompresses to more than the 65536 byte limit", read.EntryProblems[1].Reason);
        Assert.Equal("a zip archive inside a zip archive is not read", read.EntryProblems[2].Reason);
    }

    [Fact]
    public void Corrupt_zip_entry_is_reported_and_the_others_read()
    {
        var zip = Zip(
            ("a.txt", Encoding.UTF8.GetBytes("First\n\nBody one.")),
            ("b.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Second story body. ", 200)))));

        // Garble the start of b.txt's deflated data, just after its local header's file name.
        var data = zip.AsSpan().IndexOf("b.txt"u8) + "b.txt".Length;
        for (var i = data; i < data + 8; i++)
        {
            zip[i] ^= 0xFF;
        }

        using var corpus = new TempCorpus().WriteBytes("c.zip", zip);

        var read = reader.Read(corpus.CorpusPath, "c.zip");

        Assert.Equal(["First"], read.Articles.Select(a => a.Title));
        var problem = Assert.Single(read.EntryProblems);
        Assert.Equal("c.zip/b.txt", problem.Path);
        Assert.StartsWith("broken in the archive", problem.Reason);
    }

    [Fact]
    public void An_archive_that_is_not_a_zip_or_holds_nothing_readable_is_skipped_whole()
    {
        using var corpus = new TempCorpus()
            .Write("fake.zip", "not a zip")
            .WriteBytes("photos.zip", Zip(("a.jpg", [0xFF, 0xD8]), ("README.txt", Encoding.UTF8.GetBytes("about"))));

        Assert.StartsWith("not a readable zip archive", reader.Read(corpus.CorpusPath, "fake.zip").Problem);
        Assert.Equal("no supported files in the zip archive", reader.Read(corpus.CorpusPath, "photos.zip").Problem);
    }

    [Fact]
    public void Plain_files_are_read_as_before_and_problems_keep_their_line()
    {
        using var corpus = new TempCorpus()
            .Write("wire/0001", "<nitf><body><body.content><p>GENEVA - Talks resumed.</p></body.content></body></nitf>")
            .Write("bad.jsonl", "{\"title\": \"a\"}\n{nope")
            .Write("empty.txt", string.Empty)
            .WriteBytes("blob.txt", [1, 0, 2]);

        var nitf = reader.Read(corpus.CorpusPath, "wire/0001");
        Assert.Equal("nitf", nitf.Format);
        Assert.Empty(nitf.EntryProblems);
        var jsonLines = reader.Read(corpus.CorpusPath, "bad.jsonl");
        Assert.Null(jsonLines.Problem);
        Assert.Equal("a", Assert.Single(jsonLines.Articles).Title);
        Assert.StartsWith("line 2: invalid JSON", Assert.Single(jsonLines.EntryProblems).Reason);
        Assert.Equal("empty file", reader.Read(corpus.CorpusPath, "empty.txt").Problem);
        Assert.Equal("binary content, not text", reader.Read(corpus.CorpusPath, "blob.txt").Problem);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }
}
