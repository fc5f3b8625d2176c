using System.Diagnostics;
using Lucene.Net.Store;
using Search.Core.Searching;
using Search.Tests.Fixtures;
using Xunit.Abstractions;

namespace Search.Tests.Reliability;

/// <summary>
/// The indexer killed with SIGKILL at random moments of full rebuilds, ten times over one served index. Long: run
/// with --filter Category=Long (`.ci/run` does, as its own step).
/// </summary>
[Trait("Category", "Long")]
[Collection(LongRuns.Name)]
public sealed class IndexerKillTests(ITestOutputHelper output)
{
    private const int Runs = 10;
    private const int Seed = 20261128;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Killed_at_random_moments_the_served_index_always_opens_and_answers_and_the_next_build_finishes()
    {
        using var small = WireCorpus.Create(files: 10, perFile: 60, year: 2021);
        using var large = WireCorpus.Create(files: 15, perFile: 60, year: 2022);
        var index = small.IndexPath;
        int[] whole = [600, 900];

        // No time limit on these searches: their totals must be whole even on a busy machine.
        var unhurried = new SearchLimits { Timeout = TimeSpan.FromMinutes(1) };

        var clock = Stopwatch.StartNew();
        using (var firstBuild = IndexerProcess.Start($"build \"{small.CorpusPath}\" --index \"{index}\""))
        {
            Assert.Equal(0, firstBuild.WaitForExit(Patience));
        }

        var buildTime = clock.Elapsed;
        using var served = new SearchService(index, unhurried);
        var random = new Random(Seed);
        var killedMidBuild = 0;
        for (var run = 1; run <= Runs; run++)
        {
            var corpus = run % 2 == 1 ? large : small;
            // The first build pays for JIT and a cold cache; later ones are faster, so most moments fall within a build.
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * buildTime.TotalMilliseconds * 0.7);
            string indexerOutput;
            using (var indexer = IndexerProcess.Start($"build \"{corpus.CorpusPath}\" --index \"{index}\" --full"))
            {
                await Task.Delay(delay);
                indexer.Kill();
                indexerOutput = indexer.Output;
            }

            var finished = indexerOutput.Contains("Full build:", StringComparison.Ordinal);
            killedMidBuild += finished ? 0 : 1;

            var check = CheckIndex(index);
            served.Refresh();
            var count = served.Count;
            using var reopened = new SearchService(index, unhurried);
            output.WriteLine($"run {run}: killed after {delay.TotalSeconds:F2} s ({(finished ? "build had finished" : "mid-build")}); index clean: {check}, serving {count}, reopened {reopened.Count}");

            Assert.True(check, $"run {run}: CheckIndex found damage");
            Assert.Contains(count, whole);
            Assert.Equal(count, served.Search(new SearchRequest { Query = "budget" }).Total);
            Assert.Contains(reopened.Count, whole);
            Assert.Equal(reopened.Count, reopened.Search(new SearchRequest { Query = "klara weber" }).Total);
        }

        using (var next = IndexerProcess.Start($"build \"{large.CorpusPath}\" --index \"{index}\" --full"))
        {
            Assert.Equal(0, next.WaitForExit(Patience));
        }

        served.Refresh();
        output.WriteLine($"seed {Seed}: {Runs} kills ({killedMidBuild} mid-build, a full build takes about {buildTime.TotalSeconds:F1} s); the next build finished; serving {served.Count}");
        Assert.Equal(900, served.Count);
        Assert.True(killedMidBuild >= Runs * 3 / 10, $"only {killedMidBuild} of {Runs} kills landed mid-build");
    }

    private static bool CheckIndex(string index)
    {
        using var directory = FSDirectory.Open(index);
        return new Lucene.Net.Index.CheckIndex(directory).DoCheckIndex().Clean;
    }
}
