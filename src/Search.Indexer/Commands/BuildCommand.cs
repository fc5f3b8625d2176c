using System.CommandLine;
using Search.Core.Indexing;
using Spectre.Console;

namespace Search.Indexer.Commands;

/// <summary>`indexer build &lt;corpus-dir&gt; [--index DIR]`: reads, extracts and indexes a corpus folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var corpus = new Argument<DirectoryInfo>("corpus-dir") { Description = "Folder of articles, read recursively." };
        var index = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => "data/index" };
        var include = CorpusOptions.Include();
        var exclude = CorpusOptions.Exclude();
        var strict = new Option<bool>("--strict") { Description = "Exit with an error when any file is skipped." };
        var full = new Option<bool>("--full") { Description = "Read every file again instead of only the files that changed since the last build." };
        var command = new Command("build", "Build or update the search index from a corpus folder.") { corpus, index, include, exclude, full, strict };

        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions(parse.GetValue(corpus)!.FullName, Path.GetFullPath(parse.GetValue(index)!))
            {
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
                Full = parse.GetValue(full),
            };
            return Task.FromResult(Run(options, parse.GetValue(strict), cancellationToken));
        });
        return command;
    }

    private static int Run(BuildOptions options, bool strict, CancellationToken cancellationToken)
    {
        BuildSummary summary;
        try
        {
            summary = BuildProgressDisplay.Run(progress => IndexBuilder.CreateDefault().Build(options, progress, cancellationToken));
        }
        catch (Exception ex) when (ex is IndexBusyException or DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            AnsiConsole.MarkupLine("[yellow]Cancelled; the index being served is unchanged.[/]");
            return 130;
        }

        Report(summary);
        return strict && summary.Skipped.Count > 0 ? 1 : 0;
    }

    private static void Report(BuildSummary summary)
    {
        foreach (var skipped in summary.Skipped)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]skipped[/] {skipped.Path}: {skipped.Reason}");
        }

        var rate = summary.Elapsed.TotalSeconds > 0 ? summary.Articles / summary.Elapsed.TotalSeconds : 0;
        var formats = summary.ArticlesByFormat.Count == 0
            ? string.Empty
            : " (" + string.Join(", ", summary.ArticlesByFormat.OrderBy(f => f.Key).Select(f => $"{f.Value:N0} {f.Key}")) + ")";
        var kind = summary.Full ? "Full build" : "Incremental build";
        AnsiConsole.MarkupLineInterpolated(
            $"[green]{kind}:[/] indexed {summary.Articles:N0} articles{formats} in {summary.Elapsed.TotalSeconds:F1} s ({rate:N0} articles/s)");
        AnsiConsole.MarkupLineInterpolated(
            $"Files: {summary.Files:N0} in the corpus; {summary.FilesAdded:N0} added, {summary.FilesUpdated:N0} updated, {summary.FilesRemoved:N0} removed, {summary.FilesUnchanged:N0} unchanged, {summary.Skipped.Count:N0} skipped");
        if (summary.FilesStillUnreadable > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"{summary.FilesStillUnreadable:N0} unchanged files could not be read by an earlier build; they are tried again when they change, or with --full.");
        }

        AnsiConsole.MarkupLineInterpolated($"The index at {summary.IndexPath} now holds {summary.TotalArticles:N0} articles.");
    }
}
