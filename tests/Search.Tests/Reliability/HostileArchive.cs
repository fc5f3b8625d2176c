using System.IO.Compression;
using System.Text;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>
/// A corpus of broken and malicious files (bombs, external entities, truncated and random archives, traversal entry
/// names, binary and empty files, a fifo) with good articles of every format among them, each carrying a word of its own.
/// </summary>
public sealed class HostileArchive : IDisposable
{
    /// <summary>Below the bombs' decompressed size, so they are refused for it.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly List<string> goodWords = [];

    public HostileArchive()
    {
        Corpus = new TempCorpus();
        WriteGood();
        WriteHostile();
    }

    public TempCorpus Corpus { get; }

    /// <summary>One word per good article, found in that article alone.</summary>
    public IReadOnlyList<string> GoodWords => goodWords;

    public void Dispose() => Corpus.Dispose();

    private string NextWord()
    {
        // Any two words differ in three letters, so typo tolerance (edit distance 1-2) never matches one for another.
        var n = goodWords.Count;
        var word = $"zulq{new string((char)('a' + n), 3)}x";
        goodWords.Add(word);
        return word;
    }

    private string Story(string word) =>
        $"Harbour talks resume over {word}\n\nHAMBURG, June 2 - Port workers and owners met again on Tuesday over the {word} dispute, said union leader Greta Vogel.";

    private void WriteGood()
    {
        Corpus.Write("good/plain.txt", Story(NextWord()));
        var md = NextWord();
        Corpus.Write("good/notes.md", $"---\ntitle: Markdown {md} story\ndate: 2024-06-02\n---\n\n# Markdown {md} story\n\nThe {md} dispute went on, said Greta Vogel.");
        Corpus.Write("good/one.json", $$"""{"id": "good-json", "title": "JSON {{NextWord()}} story", "body": "The dispute went on, officials said.", "date": "2024-06-02"}""");
        Corpus.Write("good/lines.jsonl", $$"""
            {"id": "good-jsonl-1", "title": "Line {{NextWord()}} one", "body": "First line story.", "date": "2024-06-02"}
            {"id": "good-jsonl-2", "title": "Line {{NextWord()}} two", "body": "Second line story \u0000 with an escaped NUL.", "date": "2024-06-03"}
            """);
        Corpus.Write("good/page.html", $"<html><head><title>HTML story</title><script>alert(1)</script></head><body><article><h1>Harbour {NextWord()}</h1><p>Talks resumed on Tuesday.</p><img src=x onerror=alert(2)></article></body></html>");
        Corpus.Write("good/wire.nitf", $"""<?xml version="1.0"?><nitf><head><title>t</title></head><body><body.head><hedline><hl1>NITF {NextWord()} story</hl1></hedline></body.head><body.content><p>Talks resumed on Tuesday, said Greta Vogel.</p></body.content></body></nitf>""");
        Corpus.Write("good/wire.sgm", $"""<REUTERS NEWID="77"><DATE>02-JUN-2024 10:00:00.00</DATE><TEXT><TITLE>SGML {NextWord()} STORY</TITLE><BODY>Talks resumed on Tuesday. Reuter</BODY></TEXT></REUTERS>""");
        Corpus.WriteBytes("good/packed.txt.gz", Gzip(Encoding.UTF8.GetBytes(Story(NextWord()))));
        Corpus.Write("good/name with\nnewline and \u202e control.txt", Story(NextWord()));
        Corpus.Write("good/" + new string('l', 200) + ".txt", Story(NextWord()));
        Corpus.WriteBytes("good/latin1.txt", Encoding.Latin1.GetBytes(Story(NextWord()) + " Café à Zürich."));

        var insideZip = NextWord();
        var secondInZip = NextWord();
        Corpus.WriteBytes("good/mixed.zip", Zip(
            ("inside/story.txt", Encoding.UTF8.GetBytes(Story(insideZip))),
            ("inside/broken.json", "{\"title\": "u8.ToArray()),
            ("../../escaped.txt", Encoding.UTF8.GetBytes(Story(secondInZip))),
            ("inner.zip", Zip(("deep.txt", Encoding.UTF8.GetBytes(Story("innerzipword"))))),
            ("bomb.txt.gz", Gzip(new byte[MaxFileBytes * 4]))));
    }

    private void WriteHostile()
    {
        var random = new Random(7);
        Corpus.Write("bad/laughs.nitf", """
            <?xml version="1.0"?>
            <!DOCTYPE nitf [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
            ]>
            <nitf><body><body.head><hedline><hl1>&e;</hl1></hedline></body.head><body.content><p>&e;</p></body.content></body></nitf>
            """);
        Corpus.Write("bad/xxe.nitf", """
            <?xml version="1.0"?>
            <!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <nitf><body><body.head><hedline><hl1>Leak &x;</hl1></hedline></body.head><body.content><p>&x;</p></body.content></body></nitf>
            """);
        Corpus.WriteBytes("bad/bomb.txt.gz", Gzip(new byte[MaxFileBytes * 4]));
        Corpus.WriteBytes("bad/bomb.zip", Zip(("zeros.txt", new byte[MaxFileBytes * 4])));
        Corpus.WriteBytes("bad/truncated.txt.gz", Gzip(Encoding.UTF8.GetBytes(Story("truncatedword")))[..20]);
        Corpus.WriteBytes("bad/random.gz", Bytes(random, 5000));
        Corpus.WriteBytes("bad/random.zip", Bytes(random, 5000));
        Corpus.WriteBytes("bad/truncated.zip", Zip(("a.txt", Encoding.UTF8.GetBytes(Story("truncatedzipword"))))[..60]);
        Corpus.WriteBytes("bad/binary.txt", Bytes(random, 20000));
        Corpus.WriteBytes("bad/nuls.json", new byte[4096]);
        Corpus.Write("bad/empty.txt", string.Empty);
        Corpus.Write("bad/blank.md", "   \n\n\t\n");
        Corpus.Write("bad/deep.json", new string('[', 100_000) + new string(']', 100_000));
        Corpus.Write("bad/unclosed.sgm", "<REUTERS NEWID=\"1\"><TEXT><TITLE>UNCLOSED</TITLE><BODY>never ends");
        Corpus.Write("bad/malformed.nitf", "<?xml version=\"1.0\"?><nitf><body><hl1>unclosed");
        Corpus.Write("bad/huge-line.txt", new string('x', 3 * 1024 * 1024));
        Corpus.Write("cycle/note.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(Corpus.CorpusPath, "cycle", "back"), Path.Combine(Corpus.CorpusPath, "cycle"));
        File.CreateSymbolicLink(Path.Combine(Corpus.CorpusPath, "bad", "dangling.txt"), Path.Combine(Corpus.Root, "nowhere.txt"));
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(Path.Combine(Corpus.CorpusPath, "bad", "empty.txt"));
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(Corpus.CorpusPath, "bad", "pipe.txt"));
            mkfifo.WaitForExit();
            Corpus.Write("bad/empty.txt", string.Empty);
        }
    }

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
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
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return output.ToArray();
    }
}
