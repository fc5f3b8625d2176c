using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Search.Core.Indexing;
using Search.Tests.Fixtures;
using Xunit.Abstractions;

namespace Search.Tests.Reliability;

/// <summary>
/// Fifty concurrent clients on loopback for a minute, first against a steady index, then while `indexer build`
/// replaces the index twice. Long: run with --filter Category=Long (`.ci/run` does, as its own step). The search time
/// limit is raised to a minute, so that no answer is a partial one cut off on a busy machine and each can be checked whole.
/// </summary>
[Trait("Category", "Long")]
[Collection(LongRuns.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Clients = 50;

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>Every one matches every article of a <see cref="WireCorpus"/>, so each total names the index it came from.</summary>
    private static readonly string[] Queries =
    [
        "q=budget", "q=", "q=klara+weber", "q=talks+AND+paris", "q=budg*", "q=%22finance+minister%22", "q=budget&sort=date",
        "q=weber&page=2&size=20", "q=rome&page=3", "q=budget&from=2000-01-01",
    ];

    [Fact]
    public async Task Fifty_clients_for_a_minute_get_no_errors()
    {
        using var corpus = WireCorpus.Create(files: 10, perFile: 60, year: 2021);
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        using var server = ApiServer.With(new Dictionary<string, string> { ["Search:IndexPath"] = corpus.IndexPath, ["Search:RateLimit:PermitLimit"] = "0", ["Search:Limits:Timeout"] = "00:01:00" });
        var load = new Load(server.Client.BaseAddress!, new Dictionary<int, int> { [2021] = 600 });

        await load.RunAsync(Duration);

        output.WriteLine($"steady load, {Clients} clients for {Duration.TotalSeconds:F0} s: {load.Summary()}");
        Assert.True(load.Errors == 0, load.Summary() + ServerErrors(server));
        Assert.True(load.Timings.Count > Clients, load.Summary());
    }

    [Fact]
    public async Task Fifty_clients_while_the_index_is_replaced_twice_get_no_errors_and_one_whole_index_per_answer()
    {
        using var first = WireCorpus.Create(files: 10, perFile: 60, year: 2021);
        using var second = WireCorpus.Create(files: 12, perFile: 60, year: 2022);
        using var third = WireCorpus.Create(files: 14, perFile: 60, year: 2023);
        var index = first.IndexPath;
        IndexBuilder.CreateDefault().Build(new BuildOptions(first.CorpusPath, index));
        using var server = ApiServer.With(new Dictionary<string, string> { ["Search:IndexPath"] = index, ["Search:RateLimit:PermitLimit"] = "0", ["Search:Limits:Timeout"] = "00:01:00" });
        var load = new Load(server.Client.BaseAddress!, new Dictionary<int, int> { [2021] = 600, [2022] = 720, [2023] = 840 });

        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(Patience, stop.Token);
        var builds = new List<string>();
        foreach (var corpus in new[] { second, third })
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            var build = Stopwatch.StartNew();
            using var indexer = IndexerProcess.Start($"build \"{corpus.CorpusPath}\" --index \"{index}\" --full");
            Assert.Equal(0, indexer.WaitForExit(Patience));
            builds.Add($"{build.Elapsed.TotalSeconds:F1} s");
        }

        // Serve the last index for a while too, then stop once the minute is over.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var left = Duration - clock.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        await stop.CancelAsync();
        await running;

        output.WriteLine($"load during two rebuilds ({string.Join(", ", builds)}), {Clients} clients for {clock.Elapsed.TotalSeconds:F0} s: {load.Summary()}");
        Assert.True(load.Errors == 0, load.Summary() + ServerErrors(server));
        Assert.Contains(2021, load.YearsSeen);
        Assert.Contains(2023, load.YearsSeen);
    }

    private static string ServerErrors(ApiServer server) =>
        server.Errors.Entries.Count == 0 ? string.Empty : "; the server logged: " + string.Join(" | ", server.Errors.Entries);

    /// <summary>The clients: each sends the next query as soon as the last was answered, and checks the answer.</summary>
    private sealed class Load(Uri server, IReadOnlyDictionary<int, int> articlesByYear)
    {
        private readonly List<string> problems = [];
        private readonly HashSet<int> years = [];
        private int errors;

        public RequestTimings Timings { get; } = new();

        public int Errors => errors;

        public IReadOnlyCollection<int> YearsSeen
        {
            get
            {
                lock (years)
                {
                    return [.. years];
                }
            }
        }

        public string Summary()
        {
            lock (problems)
            {
                return $"{Timings.Summary()}, {errors} errors, index years seen: {string.Join(", ", YearsSeen.Order())}"
                    + (problems.Count == 0 ? string.Empty : "; first: " + string.Join(" | ", problems));
            }
        }

        public async Task RunAsync(TimeSpan duration, CancellationToken stop = default)
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients };
            using var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
            deadline.CancelAfter(duration);
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Client(http, client, deadline.Token)));
        }

        private async Task Client(HttpClient http, int client, CancellationToken stop)
        {
            for (var i = client; !stop.IsCancellationRequested; i++)
            {
                var url = "/api/search?" + Queries[i % Queries.Length];
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(url, CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    Timings.Add(clock.Elapsed);
                    var problem = response.StatusCode == HttpStatusCode.OK ? Check(body) : $"{(int)response.StatusCode} {body}";
                    if (problem is not null)
                    {
                        Fail($"{url}: {problem}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
                {
                    Fail($"{url}: {ex.GetType().Name} {ex.Message}");
                }
            }
        }

        /// <summary>Null when the answer comes from one whole index: its total and its single year agree with one corpus.</summary>
        private string? Check(string body)
        {
            var json = JsonDocument.Parse(body).RootElement;
            if (json.GetProperty("timedOut").GetBoolean())
            {
                return "cut off by the time limit, so it cannot be checked";
            }

            var total = json.GetProperty("total").GetInt32();
            var buckets = json.GetProperty("facets").GetProperty("years").EnumerateArray().ToList();
            if (buckets.Count != 1)
            {
                return $"{buckets.Count} years in one answer: {body[..Math.Min(300, body.Length)]}";
            }

            var year = int.Parse(buckets[0].GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var count = buckets[0].GetProperty("count").GetInt32();
            if (!articlesByYear.TryGetValue(year, out var expected) || total != expected || count != expected)
            {
                return $"total {total}, {count} articles of {year}: not one whole index";
            }

            lock (years)
            {
                years.Add(year);
            }

            return json.GetProperty("hits").EnumerateArray().All(h => h.GetProperty("id").GetString()!.StartsWith($"wire-{year}-", StringComparison.Ordinal))
                ? null
                : $"hits from another index than {year}'s";
        }

        private void Fail(string problem)
        {
            Interlocked.Increment(ref errors);
            lock (problems)
            {
                if (problems.Count < 5)
                {
                    problems.Add(problem);
                }
            }
        }
    }
}
