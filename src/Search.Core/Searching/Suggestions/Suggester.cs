using System.Diagnostics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Searching.Suggestions;

/// <summary>Search-as-you-type completions over the served index; the word list is built on first use of each index version and then shared.</summary>
public sealed class Suggester(SearchService search)
{
    private readonly ConditionalWeakTable<IndexReader, SuggestionIndex> indexes = [];

    public SuggestResult Suggest(string prefix, int size)
    {
        var stopwatch = Stopwatch.StartNew();
        var found = search.WithSearcher(searcher => indexes.GetValue(searcher.IndexReader, SuggestionIndex.Build).Find(prefix, size));
        return new SuggestResult(prefix, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), found);
    }

    /// <summary>Builds the word list of the current index version ahead of the first request.</summary>
    public void Warm() => search.WithSearcher(searcher => indexes.GetValue(searcher.IndexReader, SuggestionIndex.Build));
}
