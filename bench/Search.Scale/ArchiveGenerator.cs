using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Reading;

namespace Search.Scale;

/// <summary>
/// Writes a large synthetic archive as JSON Lines (10,000 articles a file) from the real corpora: each article
/// takes its title from one article, its opening sentence (dateline included) from another, 3-15 further sentences
/// drawn from all articles, and a date from yet another, so no two articles are copies while the vocabulary,
/// sentence shapes and metadata stay those of real news.
/// </summary>
internal static partial class ArchiveGenerator
{
    private const int ArticlesPerFile = 10_000;

    public static int Run(string corpora, string output, int count, int seed)
    {
        var pool = SentencePool.Read(corpora);
        Console.WriteLine($"pool: {pool.Titles.Count:N0} titles, {pool.Openings.Count:N0} openings, {pool.Sentences.Count:N0} sentences, {pool.Dates.Count:N0} dates");
        Directory.CreateDirectory(output);
        var random = new Random(seed);
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        for (var first = 0; first < count; first += ArticlesPerFile)
        {
            var path = Path.Combine(output, $"part-{(first / ArticlesPerFile) + 1:D5}.jsonl");
            using var stream = File.Create(path);
            for (var n = first; n < Math.Min(count, first + ArticlesPerFile); n++)
            {
                using (var json = new Utf8JsonWriter(stream, options))
                {
                    json.WriteStartObject();
                    json.WriteString("id", $"gen-{n + 1:D7}");
                    json.WriteString("title", Pick(random, pool.Titles));
                    json.WriteString("date", Pick(random, pool.Dates));
                    json.WriteString("body", Body(random, pool));
                    json.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }
        }

        Console.WriteLine($"wrote {count:N0} articles to {output}");
        return 0;
    }

    /// <summary>An opening sentence, then paragraphs of one to three sentences.</summary>
    private static string Body(Random random, SentencePool pool)
    {
        var body = new StringBuilder(Pick(random, pool.Openings));
        var sentences = random.Next(3, 16);
        for (var i = 0; i < sentences; i++)
        {
            body.Append(random.Next(3) == 0 ? "\n\n" : " ").Append(Pick(random, pool.Sentences));
        }

        return body.ToString();
    }

    private static T Pick<T>(Random random, List<T> values) => values[random.Next(values.Count)];

    /// <summary>Titles, opening sentences, other sentences and dates of every article the readers find.</summary>
    private sealed record SentencePool(List<string> Titles, List<string> Openings, List<string> Sentences, List<string> Dates)
    {
        public static SentencePool Read(string corpora)
        {
            var pool = new SentencePool([], [], [], []);
            var reader = new CorpusFileReader(new ArticleReaders(), 256L * 1024 * 1024);
            foreach (var file in new CorpusScanner([], []).Scan(corpora))
            {
                foreach (var article in reader.Read(corpora, file).Articles)
                {
                    var sentences = SentenceEnd().Split(Whitespace().Replace(article.Body, " ").Trim())
                        .Where(s => s.Length is >= 20 and <= 600).ToList();
                    if (sentences.Count == 0 || article.Title.Length == 0)
                    {
                        continue;
                    }

                    pool.Titles.Add(article.Title);
                    pool.Openings.Add(sentences[0]);
                    pool.Sentences.AddRange(sentences.Skip(1));
                    if (article.Date is { } date)
                    {
                        pool.Dates.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }
                }
            }

            return pool;
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
