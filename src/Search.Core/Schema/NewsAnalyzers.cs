using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Search.Core.Schema;

/// <summary>The analyzers of the schema: English stemming for prose, plain folding for names; one per-field wrapper used by indexer and searcher alike.</summary>
public static class NewsAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The analyzer to index and query with; routes each field to its own analysis.</summary>
    public static Analyzer Create()
    {
        var names = new NameAnalyzer();
        var perField = new Dictionary<string, Analyzer>
        {
            [ArticleFields.Speakers.Text] = names,
            [ArticleFields.People.Text] = names,
            [ArticleFields.Locations.Text] = names,
            [ArticleFields.Words] = names,
            [QuoteFields.SpeakerText] = names,
        };
        return new PerFieldAnalyzerWrapper(new EnglishTextAnalyzer(), perField);
    }

    /// <summary>
    /// Lucene's EnglishAnalyzer chain with accent folding added, so "Zurich" finds "Zürich";
    /// highlighting re-analyzes stored text with this same chain.
    /// </summary>
    public sealed class EnglishTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new StandardFilter(Version, source);
            result = new EnglishPossessiveFilter(Version, result);
            result = new LowerCaseFilter(Version, result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(Version, result, EnglishAnalyzer.DefaultStopSet);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }

    /// <summary>Names are matched word by word without stemming or stop words ("Will", "May" are names too).</summary>
    public sealed class NameAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new LowerCaseFilter(Version, source);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
