using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Searching.Storage;
using Search.Tests.Fixtures;

namespace Search.Tests.Searching;

/// <summary>
/// The search side reads index files through its own memory-mapped inputs. Every value Lucene writes must read back
/// exactly as Lucene's own file input reads it, from the input, its clones and compound-file slices; reads past the
/// end and reads of a closed file must throw rather than touch memory they do not own.
/// </summary>
public sealed class SearchDirectoryTests : IDisposable
{
    private const string FileName = "values.bin";

    private static readonly int[] Ints = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, int.MaxValue, -1, int.MinValue];

    private static readonly long[] Longs = [0, 1, 127, 128, 1L << 35, (1L << 49) - 1, 1L << 56, (1L << 62) + 12345, long.MaxValue];

    private readonly TempCorpus folder = new();

    public SearchDirectoryTests()
    {
        System.IO.Directory.CreateDirectory(folder.IndexPath);
    }

    [Fact]
    public void Every_value_reads_back_as_lucenes_own_input_reads_it_from_the_input_and_its_clones()
    {
        WriteValues();
        using var reference = new SimpleFSDirectory(folder.IndexPath);
        using var mapped = new SearchDirectory(folder.IndexPath);
        using var expected = reference.OpenInput(FileName, IOContext.READ_ONCE);
        using var actual = mapped.OpenInput(FileName, IOContext.READ);

        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(ReadValues(expected), ReadValues(actual));

        // A clone taken half-way reads on from there without moving the input it came from.
        actual.Seek(actual.Length / 2);
        var clone = (IndexInput)actual.Clone();
        var fromClone = new byte[64];
        clone.ReadBytes(fromClone, 0, fromClone.Length);
        Assert.Equal(actual.Length / 2, actual.Position);
        var fromInput = new byte[64];
        actual.ReadBytes(fromInput, 0, fromInput.Length);
        Assert.Equal(fromInput, fromClone);

        expected.Seek(expected.Length - 3);
        actual.Seek(actual.Length - 3);
        Assert.Equal(expected.ReadByte(), actual.ReadByte());
        actual.SkipBytes(2);
        Assert.Equal(actual.Length, actual.Position);
    }

    [Fact]
    public void Reads_past_the_end_throw_and_a_closed_file_refuses_reads_from_its_clones()
    {
        WriteValues();
        using var mapped = new SearchDirectory(folder.IndexPath);
        var input = mapped.OpenInput(FileName, IOContext.READ);
        var length = input.Length;

        Assert.Throws<EndOfStreamException>(() => input.Seek(length + 1));
        input.Seek(length - 2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[3], 0, 3));
        Assert.Throws<EndOfStreamException>(() => input.SkipBytes(3));
        input.Seek(length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());

        input.Seek(0);
        var clone = (IndexInput)input.Clone();
        clone.Dispose();
        Assert.Equal(Ints[0], input.ReadVInt32());

        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => clone.ReadVInt64());
        Assert.Throws<ObjectDisposedException>(() => clone.Seek(0));
    }

    [Fact]
    public void An_index_of_compound_files_answers_as_through_lucenes_memory_mapped_directory()
    {
        var words = new[] { "oil", "wheat", "rates", "talks", "strike", "budget", "growth", "shares" };
        var random = new Random(11);
        using (var writing = FSDirectory.Open(folder.IndexPath))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { UseCompoundFile = true };
            using var writer = new IndexWriter(writing, config);
            for (var i = 0; i < 300; i++)
            {
                var body = string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)]));
                writer.AddDocument([new StringField("id", $"a{i}", Field.Store.YES), new TextField("body", body, Field.Store.YES)]);
                if (i % 100 == 99)
                {
                    writer.Commit();
                }
            }
        }

        Assert.Contains(System.IO.Directory.GetFiles(folder.IndexPath), f => f.EndsWith(".cfs", StringComparison.Ordinal));
        using var reference = new MMapDirectory(folder.IndexPath);
        using var mapped = new SearchDirectory(folder.IndexPath);
        using var expectedReader = DirectoryReader.Open(reference);
        using var actualReader = DirectoryReader.Open(mapped);
        Assert.Equal(3, actualReader.Leaves.Count);

        var phrase = new PhraseQuery { new Term("body", "oil"), new Term("body", "wheat") };
        var both = new BooleanQuery { { new TermQuery(new Term("body", "rates")), Occur.MUST }, { new TermQuery(new Term("body", "strike")), Occur.SHOULD } };
        foreach (var query in new Query[] { new TermQuery(new Term("body", "talks")), phrase, both })
        {
            var expected = Answer(new IndexSearcher(expectedReader), query);
            var actual = Answer(new IndexSearcher(actualReader), query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    public void Dispose() => folder.Dispose();

    private static List<string> Answer(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 20).ScoreDocs.Select(d => $"{searcher.Doc(d.Doc).Get("id")} {d.Score} {searcher.Doc(d.Doc).Get("body")}").ToList();

    /// <summary>Every kind of value Lucene's formats write, and vInts again at the very end, where reads run out.</summary>
    private void WriteValues()
    {
        var random = new Random(3);
        using var directory = new SimpleFSDirectory(folder.IndexPath);
        using var output = directory.CreateOutput(FileName, IOContext.DEFAULT);
        for (var round = 0; round < 50; round++)
        {
            foreach (var value in Ints)
            {
                output.WriteVInt32(value);
                output.WriteInt32(value);
            }

            foreach (var value in Longs)
            {
                output.WriteVInt64(value);
                output.WriteInt64(value);
                output.WriteInt64(-value);
            }

            output.WriteInt16((short)random.Next(short.MinValue, short.MaxValue));
            var bytes = new byte[random.Next(1, 3000)];
            random.NextBytes(bytes);
            output.WriteVInt32(bytes.Length);
            output.WriteBytes(bytes, bytes.Length);
            output.WriteString("Ünïcode text " + round);
        }

        output.WriteVInt64(long.MaxValue);
        output.WriteVInt32(int.MinValue);
        output.WriteVInt32(300);
    }

    private static List<string> ReadValues(IndexInput input)
    {
        var values = new List<string>();
        for (var round = 0; round < 50; round++)
        {
            foreach (var _ in Ints)
            {
                values.Add($"vint {input.ReadVInt32()} int {input.ReadInt32()}");
            }

            foreach (var _ in Longs)
            {
                values.Add($"vlong {input.ReadVInt64()} long {input.ReadInt64()} {input.ReadInt64()}");
            }

            values.Add($"short {input.ReadInt16()}");
            var bytes = new byte[input.ReadVInt32()];
            input.ReadBytes(bytes, 0, bytes.Length);
            values.Add(Convert.ToHexString(bytes));
            values.Add(input.ReadString());
        }

        values.Add($"end {input.ReadVInt64()} {input.ReadVInt32()} {input.ReadVInt32()} at {input.Position}");
        return values;
    }
}
