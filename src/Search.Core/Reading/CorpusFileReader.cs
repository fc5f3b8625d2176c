using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Reads one corpus file into articles, or says why it cannot: empty, too large, binary, unsupported, or broken
/// (with the line). The whole file is read before any of it is used, so a file that breaks halfway is skipped whole.
/// </summary>
public sealed class CorpusFileReader(ArticleReaders readers, long maxFileBytes)
{
    public CorpusFileRead Read(string root, string relativePath)
    {
        var portable = relativePath.Replace('\\', '/');
        try
        {
            var info = new FileInfo(Path.Combine(root, relativePath));
            if (info.Length == 0)
            {
                return CorpusFileRead.Failed(portable, "empty file");
            }

            if (info.Length > maxFileBytes)
            {
                return CorpusFileRead.Failed(portable, $"larger than the {maxFileBytes / (1024 * 1024)} MB limit");
            }

            var bytes = File.ReadAllBytes(info.FullName);
            if (TextDecoder.LooksBinary(bytes))
            {
                return CorpusFileRead.Failed(portable, "binary content, not text");
            }

            var text = TextDecoder.Decode(bytes);
            var reader = readers.For(relativePath, text);
            if (reader is null)
            {
                return CorpusFileRead.Failed(portable, "not a supported article format");
            }

            return new CorpusFileRead(portable, [.. reader.Read(new SourceFile(relativePath, text))], reader.Format, null);
        }
        catch (ArticleReadException ex)
        {
            return CorpusFileRead.Failed(portable, ex.Line is { } line ? $"line {line}: {ex.Reason}" : ex.Reason);
        }
        catch (IOException ex)
        {
            return CorpusFileRead.Failed(portable, $"cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return CorpusFileRead.Failed(portable, "permission denied");
        }
    }
}

/// <summary>The articles read from one file and their format, or the reason the file was skipped.</summary>
public sealed record CorpusFileRead(string Path, IReadOnlyList<Article> Articles, string? Format, string? Problem)
{
    public static CorpusFileRead Failed(string path, string reason) => new(path, [], null, reason);
}
