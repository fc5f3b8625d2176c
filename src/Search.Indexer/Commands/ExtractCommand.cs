using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Reading;

namespace Search.Indexer.Commands;

/// <summary>`indexer extract &lt;file-or-folder&gt;`: prints each article's extracted fields as JSON Lines, to check extraction.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var target = new Argument<string>("file-or-folder") { Description = "An article file, or a folder read recursively." };
        var include = CorpusOptions.Include();
        var exclude = CorpusOptions.Exclude();
        var command = new Command("extract", "Print the fields extracted from each article as JSON Lines.") { target, include, exclude };
        command.SetAction(parse => Run(parse.GetValue(target)!, parse.GetValue(include) ?? [], parse.GetValue(exclude) ?? []));
        return command;
    }

    private static int Run(string target, string[] include, string[] exclude)
    {
        string root;
        IReadOnlyList<string> files;
        if (File.Exists(target))
        {
            root = Path.GetDirectoryName(Path.GetFullPath(target))!;
            files = [Path.GetFileName(target)];
        }
        else if (Directory.Exists(target))
        {
            root = Path.GetFullPath(target);
            files = new CorpusScanner(include, exclude).Scan(root);
        }
        else
        {
            Console.Error.WriteLine($"error: '{target}' is neither a file nor a folder.");
            return 2;
        }

        var reader = new CorpusFileReader(new ArticleReaders(), BuildOptions.DefaultMaxFileBytes);
        var enricher = ArticleEnricher.CreateDefault();
        var failures = 0;
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var file in files)
        {
            var read = reader.Read(root, file);
            foreach (var entry in read.EntryProblems)
            {
                Console.Error.WriteLine($"skipped {entry.Path}: {entry.Reason}");
            }

            if (read.Problem is not null)
            {
                Console.Error.WriteLine($"skipped {read.Path}: {read.Problem}");
                failures++;
                continue;
            }

            foreach (var article in read.Articles.Select(enricher.Enrich))
            {
                stdout.WriteLine(JsonSerializer.Serialize(ExtractedArticle.From(article), Json));
            }
        }

        return failures > 0 && failures == files.Count ? 1 : 0;
    }
}
