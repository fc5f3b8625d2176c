using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Searching.Suggestions;

/// <summary>
/// Every speaker, person, place and title in one index version, with the number of articles carrying it, and a
/// sorted list of their folded words for prefix look-up by binary search. Built once per index version from doc
/// values alone (no stored text is read).
/// </summary>
public sealed class SuggestionIndex
{
    private static readonly string[] TypeOrder = ["speaker", "person", "place", "title"];

    private readonly Suggestion[] entries;
    private readonly string[] words;
    private readonly int[] wordEntries;

    private SuggestionIndex(Suggestion[] entries)
    {
        this.entries = entries;
        var allWords = new List<string>(entries.Length * 3);
        var owners = new List<int>(entries.Length * 3);
        for (var i = 0; i < entries.Length; i++)
        {
            foreach (var word in Words(entries[i].Text).Distinct())
            {
                allWords.Add(word);
                owners.Add(i);
            }
        }

        words = [.. allWords];
        wordEntries = [.. owners];
        Array.Sort(words, wordEntries, StringComparer.Ordinal);
    }

    /// <summary>
    /// Counts, per index segment and by ordinal, the articles carrying each value; a name that is both quoted and
    /// mentioned is listed once, as a speaker, with the number of articles quoting it.
    /// </summary>
    public static SuggestionIndex Build(IndexReader reader)
    {
        var speakers = new Dictionary<string, int>(StringComparer.Ordinal);
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var titles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            CountSet(atomic.GetSortedSetDocValues(ArticleFields.Speakers.Facet), atomic.MaxDoc, live, speakers);
            CountSet(atomic.GetSortedSetDocValues(ArticleFields.People.Facet), atomic.MaxDoc, live, people);
            CountSet(atomic.GetSortedSetDocValues(ArticleFields.Locations.Facet), atomic.MaxDoc, live, places);
            CountSingle(atomic.GetSortedDocValues(ArticleFields.TitleFacet), atomic.MaxDoc, live, titles);
        }

        return new SuggestionIndex([
            .. speakers.Select(n => new Suggestion(n.Key, "speaker", n.Value)),
            .. people.Where(p => !speakers.ContainsKey(p.Key)).Select(n => new Suggestion(n.Key, "person", n.Value)),
            .. places.Select(p => new Suggestion(p.Key, "place", p.Value)),
            .. titles.Select(t => new Suggestion(t.Key, "title", t.Value)),
        ]);
    }

    /// <summary>
    /// Entries whose words start with every word of <paramref name="prefix"/> (each query word a prefix of a different
    /// word), most articles first; among equals speakers, people, places, then titles, shorter first.
    /// </summary>
    public IReadOnlyList<Suggestion> Find(string prefix, int size)
    {
        var queryWords = Words(prefix).ToList();
        if (queryWords.Count == 0)
        {
            return [];
        }

        // Candidates come from the longest query word, the most selective one; the others are checked per entry.
        var longest = queryWords.OrderByDescending(w => w.Length).First();
        var candidates = new HashSet<int>();
        for (var i = LowerBound(longest); i < words.Length && words[i].StartsWith(longest, StringComparison.Ordinal); i++)
        {
            candidates.Add(wordEntries[i]);
        }

        return [.. candidates
            .Where(i => queryWords.Count == 1 || MatchesAll(Words(entries[i].Text).ToList(), queryWords))
            .Select(i => entries[i])
            .OrderByDescending(e => e.Count)
            .ThenBy(e => Array.IndexOf(TypeOrder, e.Type))
            .ThenBy(e => e.Text.Length)
            .ThenBy(e => e.Text, StringComparer.OrdinalIgnoreCase)
            .Take(size)];
    }

    private static bool MatchesAll(List<string> entryWords, List<string> queryWords)
    {
        // Longest query words first take the words they match, so "new york" cannot use "york" twice.
        var free = new List<string>(entryWords);
        foreach (var query in queryWords.OrderByDescending(w => w.Length))
        {
            var at = free.FindIndex(w => w.StartsWith(query, StringComparison.Ordinal));
            if (at < 0)
            {
                return false;
            }

            free.RemoveAt(at);
        }

        return true;
    }

    private int LowerBound(string word)
    {
        var (lo, hi) = (0, words.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(words[mid], word) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Most names and titles are ASCII, which needs no accent folding; the rest are folded as name filters fold them.
    private static IEnumerable<string> Words(string text) =>
        (Ascii.IsValid(text) ? text.ToLowerInvariant() : NameNormalizer.Normalize(text)).Split((char[])[' ', '-', '.', ',', '\'', '"', '(', ')', '/', ':', ';'], StringSplitOptions.RemoveEmptyEntries);

    private static void CountSet(SortedSetDocValues? values, int maxDoc, IBits? live, Dictionary<string, int> totals)
    {
        if (values is null)
        {
            return;
        }

        var counts = new int[values.ValueCount];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    counts[ord]++;
                }
            }
        }

        AddCounts(counts, (ord, term) => values.LookupOrd(ord, term), totals);
    }

    private static void CountSingle(SortedDocValues? values, int maxDoc, IBits? live, Dictionary<string, int> totals)
    {
        if (values is null)
        {
            return;
        }

        var counts = new int[values.ValueCount];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if ((live is null || live.Get(doc)) && values.GetOrd(doc) is var ord and >= 0)
            {
                counts[ord]++;
            }
        }

        AddCounts(counts, (ord, term) => values.LookupOrd(ord, term), totals);
    }

    private static void AddCounts(int[] counts, Action<int, BytesRef> lookup, Dictionary<string, int> totals)
    {
        var term = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                lookup(ord, term);
                var text = term.Utf8ToString();
                totals[text] = totals.GetValueOrDefault(text) + counts[ord];
            }
        }
    }
}
