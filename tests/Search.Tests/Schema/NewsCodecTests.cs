using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Schema;

/// <summary>
/// Indexes are written in our format (Lucene 4.6's with stored fields in small chunks). Its segments must say so, and
/// an index in plain Lucene 4.6, as every earlier version wrote, must still be served with the same answers.
/// </summary>
public sealed class NewsCodecTests : IDisposable
{
    private readonly TempCorpus corpus = SampleArticles.Corpus();
    private readonly string plainIndexPath;

    public NewsCodecTests()
    {
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        plainIndexPath = Path.Combine(corpus.Root, "plain-index");
    }

    [Fact]
    public void A_built_index_is_written_in_our_format_and_a_plain_lucene_index_answers_the_same()
    {
        using (var directory = FSDirectory.Open(corpus.IndexPath))
        {
            var segments = new SegmentInfos();
            segments.Read(directory);
            Assert.NotEmpty(segments.Segments);
            Assert.All(segments.Segments, s => Assert.Equal("News48", s.Info.Codec.Name));
            var storedFields = System.IO.Directory.GetFiles(corpus.IndexPath, "*.fdt").Single();
            Assert.Contains("NewsStoredFields", Encoding.ASCII.GetString(File.ReadAllBytes(storedFields).AsSpan(0, 64)));
        }

        CopyAsPlainLucene(corpus.IndexPath, plainIndexPath);

        using var ours = new SearchService(corpus.IndexPath);
        using var plain = new SearchService(plainIndexPath);
        foreach (var query in new[] { "inflation", "\"interest rates\"", "oil OR wheat", string.Empty })
        {
            var request = new SearchRequest { Query = query, Size = 5 };
            var expected = plain.Search(request) with { TookMs = 0 };
            var actual = ours.Search(request) with { TookMs = 0 };
            Assert.NotEmpty(expected.Hits);
            Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
        }
    }

    public void Dispose() => corpus.Dispose();

    /// <summary>Rewrites every document, in order, with Lucene's own default format.</summary>
    private static void CopyAsPlainLucene(string from, string to)
    {
        using var source = FSDirectory.Open(from);
        using var reader = DirectoryReader.Open(source);
        using var target = FSDirectory.Open(to);
        using var writer = new IndexWriter(target, new IndexWriterConfig(NewsAnalyzers.Version, null));
        writer.AddIndexes(reader.Leaves.Select(l => (IndexReader)l.AtomicReader).ToArray());
        writer.SetCommitData(reader.IndexCommit.UserData);
        writer.Commit();
        var segments = new SegmentInfos();
        segments.Read(target);
        Assert.All(segments.Segments, s => Assert.Equal("Lucene46", s.Info.Codec.Name));
    }
}
