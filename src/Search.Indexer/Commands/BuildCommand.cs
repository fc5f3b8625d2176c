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
        var command = new Command("build", "Build the search index from a corpus folder.") { corpus, index, include, exclude, strict };

        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions(parse.GetValue(corpus)!.FullName, Path.GetFullPath(parse.GetValue(index)!))
            {
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
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

        var formats = string.Join(", ", summary.ArticlesByFormat.OrderBy(f => f.Key).Select(f => $"{f.Value:N0} {f.Key}"));
        var rate = summary.Elapsed.TotalSeconds > 0 ? summary.Articles / summary.Elapsed.TotalSeconds : 0;
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Indexed {summary.Articles:N0} articles[/] from {summary.Files:N0} files ({formats}); {summary.Skipped.Count:N0} skipped; {summary.Elapsed.TotalSeconds:F1} s ({rate:N0} articles/s) into {summary.IndexPath}");
    }
}
