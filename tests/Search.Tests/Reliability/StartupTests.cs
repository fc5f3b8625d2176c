using System.Diagnostics;
using Search.Core.Indexing;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>How the API starts over no index, a damaged index, and no index but a corpus to build one from.</summary>
public sealed class StartupTests
{
    /// <summary>Runs the API program as an operator would and returns its exit code and everything it printed.</summary>
    private static async Task<(int ExitCode, string Output)> Run(string indexPath, string corpusPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Search.Api.dll"), "--Search:IndexPath=" + indexPath, "--Search:CorpusPath=" + corpusPath, "--urls=http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var api = Process.Start(start)!;
        var stdout = api.StandardOutput.ReadToEndAsync();
        var stderr = api.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await api.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            api.Kill(entireProcessTree: true);
            Assert.Fail($"The API kept running over '{indexPath}'.");
        }

        return (api.ExitCode, await stdout + await stderr);
    }

    private static TempCorpus BuiltSample()
    {
        var corpus = SampleArticles.Corpus();
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        return corpus;
    }

    [Fact]
    public async Task With_no_index_it_builds_one_from_the_configured_corpus()
    {
        using var corpus = SampleArticles.Corpus();
        var fresh = Path.Combine(corpus.Root, "fresh-index");

        using var server = ApiServer.With(new Dictionary<string, string> { ["Search:IndexPath"] = fresh, ["Search:CorpusPath"] = corpus.CorpusPath });

        var health = await Responses.Json(await server.Client.GetAsync("/health"));
        Assert.Equal(6, health.GetProperty("articles").GetInt32());
        Assert.NotEmpty(Directory.GetFiles(fresh, "segments_*"));
    }

    [Fact]
    public async Task With_no_index_and_no_corpus_it_exits_saying_which_settings_to_fix()
    {
        using var corpus = new TempCorpus();

        var (exitCode, output) = await Run(Path.Combine(corpus.Root, "missing"), string.Empty);

        Assert.Equal(1, exitCode);
        Assert.Contains("No index at", output);
        Assert.Contains("Search:IndexPath", output);
        Assert.Contains("Search:CorpusPath", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Theory]
    [InlineData("truncated commit")]
    [InlineData("garbled segments")]
    [InlineData("missing segment file")]
    public async Task A_damaged_index_stops_the_start_with_one_line_saying_how_to_rebuild_it(string damage)
    {
        using var corpus = BuiltSample();
        Damage(corpus.IndexPath, damage);

        var (exitCode, output) = await Run(corpus.IndexPath, string.Empty);

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot be opened", output);
        Assert.Contains("indexer build", output);
        Assert.DoesNotContain("   at ", output);
    }

    private static void Damage(string indexPath, string how)
    {
        var commit = Directory.GetFiles(indexPath, "segments_*").Single();
        var segmentFiles = Directory.GetFiles(indexPath).Where(f => Path.GetFileName(f).StartsWith('_')).ToArray();
        switch (how)
        {
            case "truncated commit":
                File.WriteAllBytes(commit, File.ReadAllBytes(commit)[..12]);
                break;
            case "garbled segments":
                foreach (var file in segmentFiles)
                {
                    var bytes = File.ReadAllBytes(file);
                    Array.Fill(bytes, (byte)0x5A, 0, Math.Min(bytes.Length, 64));
                    File.WriteAllBytes(file, bytes);
                }

                break;
            default:
                File.Delete(segmentFiles.First(f => f.EndsWith(".si", StringComparison.Ordinal) || f.EndsWith(".cfs", StringComparison.Ordinal)));
                break;
        }
    }
}
