using System.Diagnostics;
using System.Text.RegularExpressions;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>
/// The real indexer writing to a full disk (a small tmpfs) and to a read-only mount, each made in a private mount
/// namespace (`unshare`), so nothing outside the test sees them. Skips where mount namespaces are not allowed.
/// </summary>
public sealed class IndexStorageFaultTests
{
    private static readonly Lazy<bool> CanMount = new(() => Shell("mount -t tmpfs -o size=64k tmpfs /mnt").ExitCode == 0);

    private static string Indexer => Path.Combine(AppContext.BaseDirectory, "indexer.dll");

    [SkippableFact]
    public void A_full_disk_fails_the_build_with_a_clear_error_and_the_index_stays_whole()
    {
        Skip.IfNot(CanMount.Value, "This test needs `unshare -rm` (mount namespaces) to make a small disk.");
        using var served = BuiltSample();
        using var large = WireCorpus.Create(files: 30, perFile: 60, year: 2022);
        var disk = Path.Combine(served.Root, "small-disk");
        var copyBack = Path.Combine(served.Root, "after");
        System.IO.Directory.CreateDirectory(disk);
        var room = (System.IO.Directory.GetFiles(served.IndexPath).Sum(f => new FileInfo(f).Length) / 1024) + 256;

        var (exitCode, output) = Shell(
            $"mount -t tmpfs -o size={room}k tmpfs '{disk}' && cp -r '{served.IndexPath}' '{disk}/index' && " +
            $"dotnet '{Indexer}' build '{large.CorpusPath}' --index '{disk}/index'; code=$?; cp -r '{disk}/index' '{copyBack}'; exit $code");

        Assert.True(exitCode == 2, output);
        Assert.Contains("the disk holding it is full", output);
        Assert.Contains("The index being served is unchanged", output);
        AssertWholeSampleIndex(copyBack);
    }

    [SkippableFact]
    public void A_read_only_index_folder_fails_the_build_with_a_clear_error_and_the_index_stays_whole()
    {
        Skip.IfNot(CanMount.Value, "This test needs `unshare -rm` (mount namespaces) to make a read-only mount.");
        using var served = BuiltSample();
        served.Write("text/2024-06-02_new.txt", "Harbour talks resume\n\nHAMBURG, June 2 - Port workers met again on Tuesday.");

        var (exitCode, output) = Shell(
            $"mount --bind '{served.IndexPath}' '{served.IndexPath}' && mount -o remount,bind,ro '{served.IndexPath}' && " +
            $"dotnet '{Indexer}' build '{served.CorpusPath}' --index '{served.IndexPath}'");

        Assert.True(exitCode == 2, output);
        Assert.Contains("read-only file system", output);
        Assert.DoesNotContain("busy", output);
        AssertWholeSampleIndex(served.IndexPath);
    }

    private static TempCorpus BuiltSample()
    {
        var corpus = SampleArticles.Corpus();
        IndexBuilder.CreateDefault().Build(new BuildOptions(corpus.CorpusPath, corpus.IndexPath));
        return corpus;
    }

    private static void AssertWholeSampleIndex(string index)
    {
        using (var directory = FSDirectory.Open(index))
        {
            Assert.True(new Lucene.Net.Index.CheckIndex(directory).DoCheckIndex().Clean, $"{index} is damaged");
        }

        using var search = new SearchService(index);
        Assert.Equal(6, search.Count);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "sticky" }).Total);
    }

    /// <summary>Runs a script as root of a private user and mount namespace; output is joined into one line, as the indexer wraps long messages.</summary>
    private static (int ExitCode, string Output) Shell(string script)
    {
        var start = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-rm", "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out: " + stdout);
            }

            return (process.ExitCode, Regex.Replace(stdout + stderr.GetAwaiter().GetResult(), @"\s+", " "));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
