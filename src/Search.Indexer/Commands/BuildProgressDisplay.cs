using Search.Core.Indexing;
using Spectre.Console;

namespace Search.Indexer.Commands;

/// <summary>Shows a build's progress: a live bar on a terminal, a line every few seconds when output is redirected (CI logs).</summary>
internal static class BuildProgressDisplay
{
    public static BuildSummary Run(Func<IProgress<BuildProgress>, BuildSummary> build)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            var last = DateTime.MinValue;
            return build(new SynchronousProgress(p =>
            {
                if (p.Merging)
                {
                    Console.WriteLine($"merging: {p.Articles:N0} articles into one segment, for faster searches");
                }
                else if (DateTime.UtcNow - last > TimeSpan.FromSeconds(2) || p.FilesDone == p.FilesTotal)
                {
                    last = DateTime.UtcNow;
                    Console.WriteLine($"indexing: {p.FilesDone}/{p.FilesTotal} files, {p.Articles:N0} articles, {p.ArticlesPerSecond:N0} articles/s, {Remaining(p)}");
                }
            }));
        }

        BuildSummary? summary = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Indexing", maxValue: 1);
                summary = build(new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = p.BytesDone;
                    task.Description = p.Merging
                        ? $"{p.Articles:N0} articles, merging into one segment"
                        : $"{p.FilesDone}/{p.FilesTotal} files, {p.Articles:N0} articles, {p.ArticlesPerSecond:N0}/s";
                }));
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static string Remaining(BuildProgress p)
    {
        if (p.BytesDone == 0 || p.BytesDone >= p.BytesTotal)
        {
            return "finishing";
        }

        var seconds = p.Elapsed.TotalSeconds * (p.BytesTotal - p.BytesDone) / p.BytesDone;
        return $"about {seconds:N0} s left";
    }

    /// <summary>Reports on the calling thread; Progress&lt;T&gt; would post to a thread pool and reorder updates.</summary>
    private sealed class SynchronousProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        private readonly Lock gate = new();

        public void Report(BuildProgress value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
