using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Searching.Counting;

namespace Search.Core.Searching.Typos;

/// <summary>
/// The words of one field of one index version, indexed by their letter pairs, to find the words within a few typos
/// of a query word. Lucene's fuzzy enumeration compiles Levenshtein automata for every word it looks up, 5-9 ms for a
/// long word at two edits; this is the n-gram way of Lucene's spell checker instead. Each edit (an insertion,
/// deletion, substitution or swap of neighbours) changes at most three of a word's letter pairs, counting the pairs
/// with its start and end, so an index word within k edits of a word of n letters shares at least n + 1 - 3k of its
/// n + 1 pairs: only the index words that do are measured.
/// </summary>
public sealed class TypoVocabulary
{
    /// <summary>The pair key of a word's start or end, which no letter has.</summary>
    private const int Boundary = -1;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Lazy<TypoVocabulary?>>> Cache = [];

    private readonly Terms terms;

    /// <summary>Word w's letters (code points) are Letters[Starts[w]..Starts[w + 1]]; words are numbered in index term order.</summary>
    private readonly int[] letters;

    private readonly int[] starts;

    /// <summary>For each letter pair, the words that have it, in order, a word once for each time it has the pair.</summary>
    private readonly Dictionary<long, int[]> wordsWithPair;

    private TypoVocabulary(Terms terms)
    {
        this.terms = terms;
        var letterList = new List<int>();
        var startList = new List<int>();
        var pairLists = new Dictionary<long, List<int>>();
        var word = new List<int>();
        var all = terms.GetEnumerator();
        while (all.MoveNext())
        {
            var number = startList.Count;
            startList.Add(letterList.Count);
            word.Clear();
            foreach (var rune in all.Term.Utf8ToString().EnumerateRunes())
            {
                word.Add(rune.Value);
            }

            letterList.AddRange(word);
            var previous = Boundary;
            foreach (var letter in word.Append(Boundary))
            {
                var key = Pair(previous, letter);
                if (!pairLists.TryGetValue(key, out var list))
                {
                    pairLists[key] = list = [];
                }

                list.Add(number);
                previous = letter;
            }
        }

        startList.Add(letterList.Count);
        letters = [.. letterList];
        starts = [.. startList];
        wordsWithPair = pairLists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private int Count => starts.Length - 1;

    /// <summary>The vocabulary of a field of this index version, read on first use; null when no document has the field.</summary>
    public static TypoVocabulary? For(IndexReader reader, string field) =>
        Cache.GetOrCreateValue(reader)
            .GetOrAdd(field, f => new Lazy<TypoVocabulary?>(() => MultiFields.GetTerms(reader, f) is { } terms ? new TypoVocabulary(terms) : null))
            .Value;

    /// <summary>
    /// The index words within <paramref name="maxEdits"/> edits of <paramref name="word"/> (itself included, if indexed),
    /// in index term order, with their edit distance and the number of documents that have them: the words Lucene's
    /// fuzzy enumeration (no fixed prefix, swaps allowed) gives.
    /// </summary>
    public List<TypoVariant> Within(string word, int maxEdits)
    {
        var typed = word.EnumerateRunes().Select(r => r.Value).ToArray();
        var found = new List<(int Number, int Edits)>();
        var needed = typed.Length + 1 - (3 * maxEdits);
        if (needed <= 0)
        {
            for (var number = 0; number < Count; number++)
            {
                AddIfClose(typed, number, maxEdits, found);
            }
        }
        else
        {
            foreach (var number in SharingPairs(typed, needed))
            {
                AddIfClose(typed, number, maxEdits, found);
            }

            found.Sort();
        }

        var variants = new List<TypoVariant>(found.Count);
        var lookup = terms.GetEnumerator();
        foreach (var (number, edits) in found)
        {
            var text = Text(number);
            lookup.SeekExact(new BytesRef(text));
            variants.Add(new TypoVariant(text, edits, lookup.DocFreq));
        }

        return variants;
    }

    /// <summary>The words sharing at least <paramref name="needed"/> letter pairs with the typed word, counted as multisets.</summary>
    private List<int> SharingPairs(int[] typed, int needed)
    {
        var shared = ZeroedCounts.Rent(Count);
        var touched = new List<int>();
        var previous = Boundary;
        var typedPairs = new Dictionary<long, int>();
        foreach (var letter in typed.Append(Boundary))
        {
            var key = Pair(previous, letter);
            typedPairs[key] = typedPairs.GetValueOrDefault(key) + 1;
            previous = letter;
        }

        foreach (var (key, times) in typedPairs)
        {
            if (!wordsWithPair.TryGetValue(key, out var words))
            {
                continue;
            }

            for (var i = 0; i < words.Length;)
            {
                var number = words[i];
                var run = 1;
                while (i + run < words.Length && words[i + run] == number)
                {
                    run++;
                }

                if (shared[number] == 0)
                {
                    touched.Add(number);
                }

                shared[number] += Math.Min(run, times);
                i += run;
            }
        }

        var result = new List<int>();
        foreach (var number in touched)
        {
            if (shared[number] >= needed)
            {
                result.Add(number);
            }

            shared[number] = 0;
        }

        ZeroedCounts.Return(shared);
        return result;
    }

    private void AddIfClose(int[] typed, int number, int maxEdits, List<(int Number, int Edits)> found)
    {
        var candidate = Letters(number);
        if (Math.Abs(candidate.Length - typed.Length) > maxEdits)
        {
            return;
        }

        // Lucene keeps a variant only while its edits are fewer than the letters of the shorter word.
        var edits = Distance(typed, candidate, maxEdits);
        if (edits == 0 || (edits <= maxEdits && edits < Math.Min(candidate.Length, typed.Length)))
        {
            found.Add((number, edits));
        }
    }

    private ReadOnlySpan<int> Letters(int number) => letters.AsSpan(starts[number], starts[number + 1] - starts[number]);

    private string Text(int number)
    {
        var text = new StringBuilder();
        foreach (var letter in Letters(number))
        {
            text.Append(new Rune(letter).ToString());
        }

        return text.ToString();
    }

    private static long Pair(int first, int second) => ((long)(first + 1) << 32) | (uint)(second + 1);

    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours each count one,
    /// as Lucene's fuzzy matching counts them), or <paramref name="limit"/> + 1 as soon as it must exceed the limit.
    /// </summary>
    private static int Distance(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int limit)
    {
        var width = b.Length + 1;
        Span<int> rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        var beforeLast = rows[..width];
        var last = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            last[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, beforeLast[j - 2] + 1);
                }

                current[j] = d;
                rowBest = Math.Min(rowBest, d);
            }

            if (rowBest > limit)
            {
                return limit + 1;
            }

            var spare = beforeLast;
            beforeLast = last;
            last = current;
            current = spare;
        }

        return Math.Min(last[b.Length], limit + 1);
    }
}

/// <summary>An index word close to a typed one: its text, its edits from the typed word, and how many documents have it.</summary>
public readonly record struct TypoVariant(string Text, int Edits, int Docs);
