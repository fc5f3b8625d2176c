using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>
/// The searches <see cref="SearchWarmup"/> runs, made from the index's own most frequent words and location so they
/// find something in any archive: one word, two words, a phrase, a page of newest first, a location filter with a
/// date range, and a misspelt word (typo tolerance and "did you mean").
/// </summary>
public static class WarmupQueries
{
    private const int FrequentWordCount = 64;

    public static List<SearchRequest> From(IndexReader reader)
    {
        var words = Frequent(reader, ArticleFields.Words, FrequentWordCount, IsPlainWord);
        var location = Frequent(reader, ArticleFields.Locations.Keyword, 1, _ => true);
        var requests = new List<SearchRequest>();
        for (var i = 0; i < words.Count; i++)
        {
            var (word, next) = (words[i], words[(i + 1) % words.Count]);
            requests.Add(new SearchRequest { Query = word });
            requests.Add(new SearchRequest { Query = $"{word} {next}" });
            requests.Add(new SearchRequest { Query = $"\"{word} {next}\"" });
            requests.Add(new SearchRequest { Query = word, Sort = SearchSort.Date, Page = 2 });
            requests.Add(new SearchRequest { Query = word, Locations = location, From = new DateOnly(1900, 1, 1), To = new DateOnly(2100, 1, 1) });
            requests.Add(new SearchRequest { Query = word[..^2] + word[^1] + word[^2] });
        }

        return requests;
    }

    /// <summary>Words of four or more letters that the search does not drop ("will", "would"); shorter ones get no typo variants.</summary>
    private static bool IsPlainWord(string word) => word.Length >= 4 && word.All(char.IsLetter) && !EnglishAnalyzer.DefaultStopSet.Contains(word);

    /// <summary>The field's <paramref name="count"/> terms found in the most documents, most frequent first.</summary>
    private static List<string> Frequent(IndexReader reader, string field, int count, Func<string, bool> accept)
    {
        var top = new PriorityQueue<string, int>(count + 1);
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            var text = terms.Term.Utf8ToString();
            if (accept(text))
            {
                top.Enqueue(text, terms.DocFreq);
                if (top.Count > count)
                {
                    top.Dequeue();
                }
            }
        }

        var frequent = new List<string>(top.Count);
        while (top.TryDequeue(out var text, out _))
        {
            frequent.Add(text);
        }

        frequent.Reverse();
        return frequent;
    }
}
