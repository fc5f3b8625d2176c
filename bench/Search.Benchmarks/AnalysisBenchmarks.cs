using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Articles;
using Search.Core.Schema;

namespace Search.Benchmarks;

/// <summary>Tokenizing an article's title and body with the index's analyzer (standard tokenizer, folding, stop words, Porter); time per article.</summary>
public class AnalysisBenchmarks
{
    private Analyzer analyzer = null!;
    private Article[] articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        analyzer = NewsAnalyzers.Create();
        articles = ReutersSample.Read();
    }

    [GlobalCleanup]
    public void Cleanup() => analyzer.Dispose();

    [Benchmark(OperationsPerInvoke = ReutersSample.Size)]
    public int AnalyzeArticle()
    {
        var tokens = 0;
        foreach (var article in articles)
        {
            tokens += Count(ArticleFields.Title, article.Title) + Count(ArticleFields.Body, article.Body);
        }

        return tokens;
    }

    private int Count(string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        stream.End();
        return count;
    }
}
