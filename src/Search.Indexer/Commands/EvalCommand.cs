using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Search.Core.Evaluation;
using Search.Core.Extraction;
using Spectre.Console;

namespace Search.Indexer.Commands;

/// <summary>`indexer eval`: scores extraction against the annotated corpora in shared/ and prints precision, recall and F1 per field.</summary>
internal static class EvalCommand
{
    private const int ListedNames = 8;

    public static Command Create()
    {
        var shared = new Option<string?>("--shared") { Description = "Shared data folder. Default: ../shared, else a shared/ folder beside a parent." };
        var set = new Option<string>("--set") { Description = "Which evaluation to run.", DefaultValueFactory = _ => "all" };
        set.AcceptOnlyFromAmong([.. EvaluationPlan.Sets]);
        var split = new Option<string>("--split") { Description = "CoNLL and PolNeAR split (TimeBank has none).", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "train");
        var errors = new Option<int>("--errors") { Description = "Print up to N misses and N false positives per field.", DefaultValueFactory = _ => 0 };
        var command = new Command("eval", "Score extraction against the annotated corpora (CoNLL-2003, PolNeAR, TimeBank).") { shared, set, split, errors };
        command.SetAction(parse => Run(parse.GetValue(shared), parse.GetValue(set)!, parse.GetValue(split)!, Math.Max(0, parse.GetValue(errors))));
        return command;
    }

    private static int Run(string? sharedOption, string set, string split, int errors)
    {
        var wall = Stopwatch.StartNew();
        var shared = sharedOption is null ? SharedDataLocator.Find(Directory.GetCurrentDirectory()) : Path.GetFullPath(sharedOption);
        if (shared is null || !Directory.Exists(shared))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] no shared data folder found ({sharedOption ?? "../shared or a parent's shared/"}); pass --shared DIR.");
            return 2;
        }

        var runner = new EvaluationRunner(ArticleEnricher.CreateDefault());
        var results = new List<CorpusResult>();
        try
        {
            foreach (var plan in EvaluationPlan.For(set))
            {
                var result = runner.Run(plan, shared, split);
                AnsiConsole.MarkupLineInterpolated($"{Name(result.Corpus)}: {result.Articles:N0} documents in {result.Source}");
                results.Add(result);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Xml.XmlException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 2;
        }

        if (results.Any(r => r.Fields.Count > 0))
        {
            AnsiConsole.Write(FieldTable(results));
        }

        if (results.Any(r => r.PublicationDate is not null))
        {
            AnsiConsole.Write(PublicationDateTable(results));
        }

        AnsiConsole.Write(SpeedTable(results));
        if (errors > 0)
        {
            PrintErrors(results, errors);
        }

        var line = $"indexer eval --shared {shared} --set {set} --split {split}{(errors > 0 ? $" --errors {errors}" : "")}";
        Console.WriteLine($"{line}: {wall.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s wall time");
        return 0;
    }

    private static Table FieldTable(IEnumerable<CorpusResult> results)
    {
        var table = Markdown("Extraction vs. gold, micro-averaged over articles")
            .AddColumns("set", "field", "docs", "gold", "pred", "match", "P", "R", "F1");
        foreach (var result in results)
        {
            foreach (var (field, score) in result.Fields.OrderBy(f => f.Key))
            {
                table.AddRow(
                    Name(result.Corpus), field.ToString().ToLowerInvariant(), Count(score.Articles), Count(score.Gold), Count(score.Predicted),
                    Count(score.TruePositives), Ratio(score.Precision), Ratio(score.Recall), Ratio(score.F1));
            }
        }

        return RightAlignNumbers(table, 2);
    }

    private static Table PublicationDateTable(IEnumerable<CorpusResult> results)
    {
        var table = Markdown("Publication date").AddColumns("set", "docs", "right", "wrong", "none found", "accuracy");
        foreach (var result in results.Where(r => r.PublicationDate is not null))
        {
            var score = result.PublicationDate!;
            table.AddRow(Name(result.Corpus), Count(score.Articles), Count(score.Correct), Count(score.Articles - score.Correct - score.Missing), Count(score.Missing), Ratio(score.Accuracy));
        }

        return RightAlignNumbers(table, 1);
    }

    private static Table SpeedTable(IEnumerable<CorpusResult> results)
    {
        var table = Markdown("Extraction speed, one thread").AddColumns("set", "docs", "load s", "extraction s", "articles/s");
        foreach (var result in results)
        {
            table.AddRow(Name(result.Corpus), Count(result.Articles), Seconds(result.LoadTime), Seconds(result.ExtractionTime), result.ArticlesPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        }

        return RightAlignNumbers(table, 1);
    }

    private static void PrintErrors(IEnumerable<CorpusResult> results, int count)
    {
        foreach (var result in results)
        {
            foreach (var (field, score) in result.Fields.OrderBy(f => f.Key))
            {
                var name = $"{Name(result.Corpus)} {field.ToString().ToLowerInvariant()}";
                Console.WriteLine();
                AnsiConsole.MarkupLineInterpolated($"[bold]{name}: missed (gold not found)[/]");
                foreach (var error in score.Examples(FieldErrorKind.Miss, count))
                {
                    Console.WriteLine($"  {error.ArticleId}  \"{error.Item}\"  predicted: {List(error.Predicted)}");
                }

                AnsiConsole.MarkupLineInterpolated($"[bold]{name}: false positives (no gold match)[/]");
                foreach (var error in score.Examples(FieldErrorKind.FalsePositive, count))
                {
                    Console.WriteLine($"  {error.ArticleId}  \"{error.Item}\"  gold: {List(error.Gold)}");
                }
            }

            if (result.PublicationDate is { Wrong.Count: > 0 } dates)
            {
                Console.WriteLine();
                AnsiConsole.MarkupLineInterpolated($"[bold]{Name(result.Corpus)} publication date: wrong or missing[/]");
                foreach (var (id, predicted, gold) in dates.Wrong.Take(count))
                {
                    Console.WriteLine($"  {id}  predicted {predicted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}, gold {gold:yyyy-MM-dd}");
                }
            }
        }

        Console.WriteLine();
    }

    /// <summary>Pipe tables, so the figures can be pasted into an issue as they are.</summary>
    private static Table Markdown(string title) => new Table().Border(TableBorder.Markdown).Title(title);

    private static Table RightAlignNumbers(Table table, int firstNumber)
    {
        for (var i = firstNumber; i < table.Columns.Count; i++)
        {
            table.Columns[i].RightAligned();
        }

        return table;
    }

    private static string Name(EvaluationCorpus corpus) => corpus.ToString().ToLowerInvariant();

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<string> names) =>
        "[" + string.Join(", ", names.Take(ListedNames)) + (names.Count > ListedNames ? $", … {names.Count - ListedNames} more" : "") + "]";
}
