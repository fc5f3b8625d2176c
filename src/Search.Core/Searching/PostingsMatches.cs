using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>A matched piece of a field's text: character offsets, and which query term or phrase matched it.</summary>
public readonly record struct MatchSpan(int Start, int End, int Clause);

/// <summary>
/// Where a query's terms and phrases match in one hit, read from the character offsets the index keeps in its
/// postings (see the schema's highlighted text fields), so highlighting never analyses the stored text again.
/// </summary>
public static class PostingsMatches
{
    /// <summary>The hit's matches in document order, or null when the index holds no offsets for the field.</summary>
    public static List<MatchSpan>? Read(AtomicReader reader, int doc, HighlightTerms terms)
    {
        var spans = new List<MatchSpan>();
        var clause = 0;
        foreach (var term in terms.Terms)
        {
            var occurrences = Occurrences(reader, doc, term);
            if (occurrences is null)
            {
                return null;
            }

            foreach (var (_, start, end) in occurrences)
            {
                spans.Add(new MatchSpan(start, end, clause));
            }

            clause++;
        }

        foreach (var (phraseTerms, positions) in terms.Phrases)
        {
            if (!AddPhrase(reader, doc, phraseTerms, positions, clause++, spans))
            {
                return null;
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return spans;
    }

    /// <summary>Every place the whole phrase occurs, each of its words marked; false when offsets are missing.</summary>
    private static bool AddPhrase(AtomicReader reader, int doc, Term[] terms, int[] positions, int clause, List<MatchSpan> spans)
    {
        var byTerm = new Dictionary<int, (int Start, int End)>[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var occurrences = Occurrences(reader, doc, terms[i]);
            if (occurrences is null)
            {
                return false;
            }

            byTerm[i] = [];
            foreach (var (position, start, end) in occurrences)
            {
                byTerm[i][position] = (start, end);
            }
        }

        foreach (var (first, _) in byTerm[0])
        {
            var at = first - positions[0];
            if (Enumerable.Range(0, terms.Length).All(i => byTerm[i].ContainsKey(at + positions[i])))
            {
                for (var i = 0; i < terms.Length; i++)
                {
                    var (start, end) = byTerm[i][at + positions[i]];
                    spans.Add(new MatchSpan(start, end, clause));
                }
            }
        }

        return true;
    }

    /// <summary>Positions and offsets of the term in the document (none when it does not occur); null when offsets are not indexed.</summary>
    private static List<(int Position, int Start, int End)>? Occurrences(AtomicReader reader, int doc, Term term)
    {
        var found = new List<(int, int, int)>();
        var postings = reader.GetTermPositionsEnum(term);
        if (postings is null || postings.Advance(doc) != doc)
        {
            return found;
        }

        for (var i = postings.Freq; i > 0; i--)
        {
            var position = postings.NextPosition();
            if (postings.StartOffset < 0)
            {
                return null;
            }

            found.Add((position, postings.StartOffset, postings.EndOffset));
        }

        return found;
    }
}
