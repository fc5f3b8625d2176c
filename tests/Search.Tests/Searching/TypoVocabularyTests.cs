using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Schema;
using Search.Core.Searching.Typos;
using Search.Tests.Fixtures;

namespace Search.Tests.Searching;

/// <summary>
/// Typo variants come from letter-pair lookups instead of Lucene's fuzzy enumeration, and must be exactly the words
/// it finds: every index word of the sample archive, and typos made of them (a letter dropped, added, changed or
/// swapped with its neighbour, once or twice), looked up at one and two edits in both ways.
/// </summary>
public sealed class TypoVocabularyTests(BuiltIndex index) : IClassFixture<BuiltIndex>
{
    [Theory]
    [InlineData(ArticleFields.Body)]
    [InlineData(ArticleFields.Words)]
    public void Finds_the_words_Lucenes_fuzzy_enumeration_finds(string field)
    {
        index.Search.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var vocabulary = TypoVocabulary.For(reader, field)!;
            var random = new Random(11);
            var words = Terms(reader, field);
            var typed = words.Concat(words.Select(w => Typo(w, random))).Concat(words.Select(w => Typo(Typo(w, random), random))).Distinct().ToList();
            var compared = 0;
            foreach (var word in typed.Where(w => w.Length >= 3))
            {
                foreach (var edits in new[] { 1, 2 })
                {
                    var expected = Fuzzy(reader, field, word, edits);
                    var actual = vocabulary.Within(word, edits).Select(v => (v.Text, v.Docs)).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"'{word}' at {edits} edits: Lucene [{string.Join(", ", expected)}], ours [{string.Join(", ", actual)}]");
                    compared += expected.Count;
                }
            }

            Assert.True(compared > words.Count * 2, $"only {compared} variants compared over {words.Count} words");
            return 0;
        });
    }

    [Fact]
    public void Edits_are_counted_as_Lucene_counts_them()
    {
        index.Search.WithSearcher(searcher =>
        {
            var vocabulary = TypoVocabulary.For(searcher.IndexReader, ArticleFields.Words)!;
            Assert.Contains(vocabulary.Within("inflatoin", 2), v => v.Text == "inflation" && v.Edits == 1);
            Assert.Contains(vocabulary.Within("iflaton", 2), v => v.Text == "inflation" && v.Edits == 2);
            Assert.DoesNotContain(vocabulary.Within("iflaton", 1), v => v.Text == "inflation");
            return 0;
        });
    }

    private static List<string> Terms(IndexReader reader, string field)
    {
        var words = new List<string>();
        var all = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (all.MoveNext())
        {
            words.Add(all.Term.Utf8ToString());
        }

        return words;
    }

    private static List<(string, int)> Fuzzy(IndexReader reader, string field, string word, int edits)
    {
        var found = new List<(string, int)>();
        var fuzzy = new FuzzyTermsEnum(MultiFields.GetTerms(reader, field), new AttributeSource(), new Term(field, word), edits, 0, true);
        while (fuzzy.MoveNext())
        {
            found.Add((fuzzy.Term.Utf8ToString(), fuzzy.DocFreq));
        }

        return found;
    }

    private static string Typo(string word, Random random)
    {
        var at = random.Next(word.Length);
        var letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 when word.Length > 1 => word.Remove(at, 1),
            1 => word.Insert(at, letter.ToString()),
            2 => word.Remove(at, 1).Insert(at, letter.ToString()),
            _ when at + 1 < word.Length => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            _ => word + letter,
        };
    }
}
