using System.Diagnostics;
using System.Text;

namespace Search.Tests.Fixtures;

/// <summary>Runs the real `indexer` program (built beside the tests) as a separate process, as a user would.</summary>
public sealed class IndexerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly SemaphoreSlim progressLine = new(0);

    private IndexerProcess(string arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "indexer.dll");
        process = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static IndexerProcess Start(string arguments) => new(arguments);

    /// <summary>Waits until the indexer prints its first progress line, i.e. it is part-way through a build.</summary>
    public bool WaitForProgress(TimeSpan timeout) => progressLine.Wait(timeout);

    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"indexer did not finish in {timeout}: {Output}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>SIGKILL: no cleanup, no finally blocks, as a crash or the OOM killer would end it.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        progressLine.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (line.StartsWith("indexing:", StringComparison.Ordinal))
        {
            progressLine.Release();
        }
    }
}
