using System.IO.Compression;
using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Reads every supported file in a zip archive, each by the reader for its name and content. A broken or oversized
/// entry is reported under its path inside the archive ("news.zip/2024/a.json") and the other entries are still read.
/// </summary>
internal sealed class ZipArticleReader(ArticleBytesReader entryReader, DecompressionLimit limit)
{
    public static bool IsZip(string path, byte[] bytes) =>
        bytes is [(byte)'P', (byte)'K', 3, 4, ..] || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public CorpusFileRead Read(string path, byte[] bytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new ArticleReadException(path, null, $"not a readable zip archive: {ex.Message}");
        }

        using (archive)
        {
            var entries = archive.Entries
                .Where(e => !e.FullName.EndsWith('/') && ArticleReaders.IsCandidate(e.FullName) && !CorpusScanner.IsExcludedByDefault(e.FullName))
                .ToList();
            if (entries.Count == 0)
            {
                throw new ArticleReadException(path, null, "no supported files in the zip archive");
            }

            var articles = new List<Article>();
            var problems = new List<ReadProblem>();
            foreach (var entry in entries)
            {
                var entryPath = path + "/" + entry.FullName.Replace('\\', '/').TrimStart('/');
                try
                {
                    var (entryArticles, skipped) = ReadEntry(entry, entryPath);
                    articles.AddRange(entryArticles);
                    problems.AddRange(skipped);
                }
                catch (ArticleReadException ex)
                {
                    problems.Add(ReadProblem.From(ex));
                }
                catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
                {
                    problems.Add(new ReadProblem(entryPath, $"broken in the archive: {ex.Message}"));
                }
            }

            return new CorpusFileRead(path, articles, "zip", null) { EntryProblems = problems };
        }
    }

    private (IReadOnlyList<Article> Articles, IReadOnlyList<ReadProblem> Skipped) ReadEntry(ZipArchiveEntry entry, string entryPath)
    {
        if (entry.FullName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArticleReadException(entryPath, null, "a zip archive inside a zip archive is not read");
        }

        // The declared size is checked to skip an honest large entry cheaply; the limited read catches a lying one.
        if (entry.Length > limit.MaxBytes)
        {
            throw limit.TooLarge(entryPath);
        }

        using var stream = entry.Open();
        var (articles, _, skipped) = entryReader.Read(entryPath, limit.ReadAll(stream, entryPath));
        return (articles, skipped);
    }
}
