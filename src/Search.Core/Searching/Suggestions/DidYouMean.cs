using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Searching.Typos;

namespace Search.Core.Searching.Suggestions;

/// <summary>
/// "Did you mean": when a query's words as typed find little, each rare word is replaced by the most common index
/// word within its typo distance (from the unstemmed <see cref="ArticleFields.Words"/> vocabulary), and the corrected
/// query is offered only if it, searched exactly with the same filters, finds more.
/// </summary>
public sealed partial class DidYouMean(SearchService search) : IDisposable
{
    /// <summary>A query whose words as typed find at most this many articles "finds little".</summary>
    public const int LittleFound = TypoTolerance.RareDocs;

    private readonly Analyzer analyzer = NewsAnalyzers.Create();

    /// <summary>The corrected query, or null when the query finds enough or no correction finds more.</summary>
    public string? For(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return null;
        }

        var queries = new ArticleQueryBuilder(analyzer);
        return search.WithSearcher(searcher =>
        {
            // Looking words up is cheap; only a query with a rare word is counted, and only if it finds little is a correction counted.
            if (Correct(request.Query, searcher.IndexReader) is not { } corrected)
            {
                return null;
            }

            var found = Count(searcher, queries, request, request.Query);
            return found <= LittleFound && Count(searcher, queries, request, corrected) > found ? corrected : null;
        });
    }

    public void Dispose() => analyzer.Dispose();

    /// <summary>The query with its rare words corrected, everything else (syntax, field names, other words) kept; null when nothing changed.</summary>
    private static string? Correct(string query, IndexReader reader)
    {
        var changed = false;
        var corrected = Word().Replace(query, match =>
        {
            var word = match.Value;
            if (word is "AND" or "OR" or "NOT")
            {
                return word;
            }

            var folded = NameNormalizer.Normalize(word);
            var seen = reader.DocFreq(new Term(ArticleFields.Words, folded));
            if (seen > TypoTolerance.RareDocs || BestReplacement(folded, seen, reader) is not { } replacement)
            {
                return word;
            }

            changed = true;
            return replacement;
        });
        return changed ? corrected : null;
    }

    /// <summary>The index word with the fewest edits from <paramref name="word"/>, the most common among those; it must be more common than the word itself.</summary>
    private static string? BestReplacement(string word, int seen, IndexReader reader)
    {
        var edits = Math.Max(TypoTolerance.AllowedEdits(word), word.Length >= 4 ? 1 : 0);
        if (edits == 0 || TypoVocabulary.For(reader, ArticleFields.Words) is not { } vocabulary)
        {
            return null;
        }

        TypoVariant? best = null;
        foreach (var variant in vocabulary.Within(word, edits))
        {
            if (variant.Text == word || variant.Docs <= seen || variant.Text.Any(char.IsDigit))
            {
                continue;
            }

            if (best is not { } kept || variant.Edits < kept.Edits || (variant.Edits == kept.Edits && variant.Docs > kept.Docs))
            {
                best = variant;
            }
        }

        return best?.Text;
    }

    private static int Count(IndexSearcher searcher, ArticleQueryBuilder queries, SearchRequest request, string text)
    {
        var counter = new TotalHitCountCollector();
        try
        {
            searcher.Search(queries.Build(request, queries.ParseText(text)), counter);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return 0;
        }

        return counter.TotalHits;
    }

    // A word of letters not followed by ':' (a field name is not a word to correct).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}:])")]
    private static partial Regex Word();
}
