using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching.Highlighting;

/// <summary>A matched piece of a field's text: character offsets, and which query term or phrase matched it.</summary>
public readonly record struct MatchSpan(int Start, int End, int Clause);

/// <summary>
/// Where a query's terms and phrases match in the hits of one segment, read from the character offsets the index
/// keeps in its postings (see the schema's highlighted text fields), so highlighting never analyses the stored text
/// again. Each term is looked up once per segment and its postings walked forward through the hits in document order,
/// rather than looked up again for every hit.
/// </summary>
public static class PostingsMatches
{
    /// <summary>
    /// The matches of each of <paramref name="docs"/> (ascending segment document numbers), each in document order;
    /// null when the index holds no offsets for the field.
    /// </summary>
    public static List<MatchSpan>[]? Read(AtomicReader reader, IReadOnlyList<int> docs, HighlightTerms terms)
    {
        var spans = new List<MatchSpan>[docs.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = [];
        }

        var postings = new FieldPostings(reader, terms.Field);
        var clause = 0;
        foreach (var term in terms.Terms)
        {
            if (!postings.Walk(term.Bytes, docs, (hit, _, start, end) => spans[hit].Add(new MatchSpan(start, end, clause))))
            {
                return null;
            }

            clause++;
        }

        foreach (var (phraseTerms, positions) in terms.Phrases)
        {
            if (!AddPhrase(postings, docs, [.. phraseTerms.Select(t => t.Bytes)], positions, clause++, spans))
            {
                return null;
            }
        }

        foreach (var hit in spans)
        {
            hit.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }

        return spans;
    }

    /// <summary>Every place the whole phrase occurs in each hit, each of its words marked; false when offsets are missing.</summary>
    private static bool AddPhrase(FieldPostings postings, IReadOnlyList<int> docs, BytesRef[] terms, int[] positions, int clause, List<MatchSpan>[] spans)
    {
        // For each phrase word, each hit's positions of it, with their offsets.
        var byTerm = new Dictionary<int, (int Start, int End)>[terms.Length][];
        for (var i = 0; i < terms.Length; i++)
        {
            var occurrences = byTerm[i] = new Dictionary<int, (int Start, int End)>[docs.Count];
            if (!postings.Walk(terms[i], docs, (hit, position, start, end) => (occurrences[hit] ??= [])[position] = (start, end)))
            {
                return false;
            }
        }

        for (var hit = 0; hit < docs.Count; hit++)
        {
            if (byTerm[0][hit] is not { } firsts)
            {
                continue;
            }

            foreach (var (first, _) in firsts)
            {
                var at = first - positions[0];
                if (Enumerable.Range(0, terms.Length).All(i => byTerm[i][hit]?.ContainsKey(at + positions[i]) == true))
                {
                    for (var i = 0; i < terms.Length; i++)
                    {
                        var (start, end) = byTerm[i][hit]![at + positions[i]];
                        spans[hit].Add(new MatchSpan(start, end, clause));
                    }
                }
            }
        }

        return true;
    }

    /// <summary>One field's postings in one segment, the terms enumerator and postings enumerator reused from term to term.</summary>
    private sealed class FieldPostings(AtomicReader reader, string field)
    {
        private readonly Terms? terms = reader.GetTerms(field);
        private TermsEnum? termsEnum;
        private DocsAndPositionsEnum? positions;

        /// <summary>
        /// Calls <paramref name="found"/> with (hit index, position, start, end) for every occurrence of the term in the
        /// hits; false when the field's postings hold no offsets.
        /// </summary>
        public bool Walk(BytesRef term, IReadOnlyList<int> docs, Action<int, int, int, int> found)
        {
            if (terms is null)
            {
                return true;
            }

            termsEnum = terms.GetEnumerator(termsEnum);
            if (!termsEnum.SeekExact(term))
            {
                return true;
            }

            // Hits are live documents, so deletions need not be checked.
            positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null)
            {
                return true;
            }

            for (var hit = 0; hit < docs.Count; hit++)
            {
                var doc = docs[hit];
                var at = positions.DocID < doc ? positions.Advance(doc) : positions.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at != doc)
                {
                    continue;
                }

                for (var i = positions.Freq; i > 0; i--)
                {
                    var position = positions.NextPosition();
                    if (positions.StartOffset < 0)
                    {
                        return false;
                    }

                    found(hit, position, positions.StartOffset, positions.EndOffset);
                }
            }

            return true;
        }
    }
}
