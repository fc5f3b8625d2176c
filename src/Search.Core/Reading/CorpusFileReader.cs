using System.Security.Cryptography;

namespace Search.Core.Reading;

/// <summary>
/// Reads one corpus file into articles, or says why it cannot: empty, too large, binary, unsupported, or broken
/// (with the line). A gzip is read as the file it holds; a zip as each supported file in it. Broken zip entries and broken records of a file
/// that was otherwise read (a bad JSON line) are in EntryProblems.
/// </summary>
public sealed class CorpusFileReader
{
    // A string holds at most about 2^30 characters, so a larger decompressed entry could never be decoded anyway:
    // this bounds the work a compression bomb can cause even for a caller that sets no file size limit.
    private const long LargestDecodableBytes = 1L << 30;

    private readonly long maxFileBytes;
    private readonly ArticleBytesReader bytesReader;
    private readonly ZipArticleReader zipReader;

    public CorpusFileReader(ArticleReaders readers, long maxFileBytes)
    {
        this.maxFileBytes = maxFileBytes;
        var limit = new DecompressionLimit(Math.Min(maxFileBytes, LargestDecodableBytes));
        bytesReader = new ArticleBytesReader(readers, limit);
        zipReader = new ZipArticleReader(bytesReader, limit);
    }

    /// <summary>Everything is read before any article is returned, so a file (or zip entry) that breaks halfway is skipped whole.</summary>
    public CorpusFileRead Read(string root, string relativePath)
    {
        var portable = relativePath.Replace('\\', '/');
        byte[] bytes;
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

            bytes = File.ReadAllBytes(info.FullName);
        }
        catch (IOException ex)
        {
            return CorpusFileRead.Failed(portable, $"cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return CorpusFileRead.Failed(portable, "permission denied");
        }

        // The hash comes from the bytes already in memory, so an incremental build never reads a file twice.
        return Parse(portable, bytes) with { ContentHash = Convert.ToHexString(SHA256.HashData(bytes)) };
    }

    private CorpusFileRead Parse(string portable, byte[] bytes)
    {
        try
        {
            if (ZipArticleReader.IsZip(portable, bytes))
            {
                return zipReader.Read(portable, bytes);
            }

            var (articles, format, skipped) = bytesReader.Read(portable, bytes);
            return new CorpusFileRead(portable, articles, format, null) { EntryProblems = skipped };
        }
        catch (ArticleReadException ex)
        {
            return CorpusFileRead.Failed(portable, ReadProblem.From(ex).Reason);
        }
        catch (IOException ex)
        {
            return CorpusFileRead.Failed(portable, $"cannot be read: {ex.Message}");
        }
    }
}
