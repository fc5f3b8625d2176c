using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Schema;
using Search.Tests.Fixtures;

namespace Search.Tests.Schema;

/// <summary>
/// <see cref="KeywordField"/> and <see cref="DateKeyField"/> share one token stream per thread; an index written
/// with them must answer exactly as one written with Lucene's own StringField and Int32Field.
/// </summary>
public class ReusedStreamFieldTests
{
    private static readonly string[] Cities = ["Kuwait City", "São Paulo", "Zürich", "new york", "", "Riyadh"];

    [Fact]
    public void Keyword_and_date_fields_index_the_same_terms_as_Lucenes_own_fields()
    {
        using var corpus = new TempCorpus();
        using var ours = Write(Path.Combine(corpus.Root, "ours"), (city, date, n) =>
        [
            new KeywordField("city", city, Field.Store.YES),
            new KeywordField("n", n.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new DateKeyField("date", date),
        ]);
        using var lucenes = Write(Path.Combine(corpus.Root, "lucene"), (city, date, n) =>
        [
            new StringField("city", city, Field.Store.YES),
            new StringField("n", n.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new Int32Field("date", date, Field.Store.NO),
        ]);

        using var oursReader = DirectoryReader.Open(ours);
        using var lucenesReader = DirectoryReader.Open(lucenes);
        Assert.Equal(Terms(lucenesReader, "city"), Terms(oursReader, "city"));
        Assert.Equal(Terms(lucenesReader, "n"), Terms(oursReader, "n"));
        Assert.Equal(Terms(lucenesReader, "date"), Terms(oursReader, "date"));

        var oursSearcher = new IndexSearcher(oursReader);
        var lucenesSearcher = new IndexSearcher(lucenesReader);
        Query[] queries =
        [
            new TermQuery(new Term("city", "São Paulo")),
            new TermQuery(new Term("city", "new york")),
            new TermQuery(new Term("n", "57")),
            NumericRangeQuery.NewInt32Range("date", 20240110, 20240120, true, true),
            NumericRangeQuery.NewInt32Range("date", 19990101, 20240103, true, false),
        ];
        foreach (var query in queries)
        {
            var expected = Hits(lucenesSearcher, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Hits(oursSearcher, query));
        }

        Assert.Equal("Zürich", oursSearcher.Doc(Hits(oursSearcher, new TermQuery(new Term("n", "2")))[0]).Get("city"));
    }

    [Fact]
    public void Fields_used_on_several_threads_at_once_keep_their_own_values()
    {
        using var corpus = new TempCorpus();
        using var directory = FSDirectory.Open(corpus.IndexPath);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.Version, NewsAnalyzers.Create())))
        {
            Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
                writer.AddDocument(
                [
                    new KeywordField("id", "doc-" + n, Field.Store.YES),
                    new KeywordField("parity", n % 2 == 0 ? "even" : "odd", Field.Store.NO),
                    new DateKeyField("n", n),
                ]));
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(1000, searcher.Search(new TermQuery(new Term("parity", "odd")), 1).TotalHits);
        for (var n = 0; n < 2000; n += 97)
        {
            var byId = Hits(searcher, new TermQuery(new Term("id", "doc-" + n)));
            var byNumber = Hits(searcher, NumericRangeQuery.NewInt32Range("n", n, n, true, true));
            Assert.Single(byId);
            Assert.Equal(byId, byNumber);
            Assert.Equal(byId, Hits(searcher, new BooleanQuery
            {
                { new TermQuery(new Term("id", "doc-" + n)), Occur.MUST },
                { new TermQuery(new Term("parity", n % 2 == 0 ? "even" : "odd")), Occur.MUST },
            }));
        }
    }

    private static FSDirectory Write(string path, Func<string, int, int, IEnumerable<IIndexableField>> fields)
    {
        var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.Version, NewsAnalyzers.Create()));
        for (var n = 0; n < 60; n++)
        {
            writer.AddDocument(fields(Cities[n % Cities.Length], 20240101 + n, n));
        }

        writer.Commit();
        return directory;
    }

    private static List<string> Terms(IndexReader reader, string field)
    {
        var list = new List<string>();
        var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (terms.MoveNext())
        {
            list.Add(terms.Term.ToString() + "/" + terms.DocFreq);
        }

        return list;
    }

    private static List<int> Hits(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 1000).ScoreDocs.Select(d => d.Doc).Order()];
}
