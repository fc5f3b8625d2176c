using System.Globalization;
using System.Text.Json;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Searching;

/// <summary>
/// A large index is searched in slices on several threads at once. Cut small enough that an index of three segments
/// (three builds) falls into many slices, some ending inside a segment, the answers must be exactly those of one
/// thread searching it whole: the same hits in the same order, totals, pages and facet counts.
/// </summary>
public sealed class SlicedSearchTests : IDisposable
{
    private static readonly string[] Cities = ["LONDON", "PARIS", "TOKYO", "GENEVA", "LAGOS", "CAIRO", "BERLIN", "MADRID"];
    private static readonly string[] Speakers = ["Jane Doe", "Amara Okafor", "Kenji Watanabe", "Maria Lopez", "Peter Hansen", "Ana Silva"];
    private static readonly string[] Words = ["inflation", "rates", "oil", "market", "election", "talks", "growth", "trade", "budget", "wheat", "shares", "strike"];

    private readonly TempCorpus corpus = new();

    public SlicedSearchTests()
    {
        var random = new Random(7);
        for (var build = 0; build < 3; build++)
        {
            corpus.Write($"batch{build}.jsonl", string.Join('\n', Enumerable.Range(0, 150).Select(i => Article(random, (build * 150) + i))));
            IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        }
    }

    public static TheoryData<string, string?, int, SearchSort> Requests => new()
    {
        { "inflation", null, 1, SearchSort.Relevance },
        { "oil market", null, 1, SearchSort.Relevance },
        { "\"trade talks\"", null, 2, SearchSort.Relevance },
        { "growth OR wheat", "Paris", 1, SearchSort.Relevance },
        { "shares", null, 3, SearchSort.Date },
        { string.Empty, null, 2, SearchSort.Relevance },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Slices_on_several_threads_answer_as_one_thread_does(string query, string? location, int page, SearchSort sort)
    {
        using var whole = new SearchService(corpus.IndexPath, new SearchLimits { MaxThreadsPerSearch = 1 });
        using var sliced = new SearchService(corpus.IndexPath, new SearchLimits { DocsPerThread = 90, MaxThreadsPerSearch = 4 });
        var request = new SearchRequest { Query = query, Locations = location is null ? [] : [location], Page = page, Size = 7, Sort = sort };

        var expected = whole.Search(request);
        var actual = sliced.Search(request);

        Assert.True(expected.Total > request.Size, $"'{query}' should match more than a page of articles, matched {expected.Total}");
        Assert.NotEmpty(expected.Facets.Speakers);
        Assert.NotEmpty(expected.Facets.Locations);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(Json(expected.Facets), Json(actual.Facets));
    }

    public void Dispose() => corpus.Dispose();

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static string Article(Random random, int n)
    {
        var date = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 1500));
        string Pick(string[] from) => from[random.Next(from.Length)];
        var words = string.Join(' ', Enumerable.Range(0, random.Next(3, 12)).Select(_ => Pick(Words)));
        var body = $"{Pick(Cities)}, {date.ToString("MMM d", CultureInfo.InvariantCulture)} - The {Pick(Words)} {Pick(Words)} report came out on Monday. "
            + $"\"The {Pick(Words)} outlook is {Pick(Words)},\" said {Pick(Speakers)}, the minister. {words}.";
        return JsonSerializer.Serialize(new
        {
            id = $"a{n}",
            title = $"{Pick(Words)} {Pick(Words)} news",
            body,
            date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }
}
