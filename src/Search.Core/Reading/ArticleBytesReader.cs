using System.IO.Compression;
using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>
/// Reads the bytes of one file, or of one gzip-compressed file, into articles by the reader its name and content
/// call for. Throws <see cref="ArticleReadException"/> for bytes that are empty, binary, unsupported or broken.
/// </summary>
internal sealed class ArticleBytesReader(ArticleReaders readers, DecompressionLimit limit)
{
    /// <summary>
    /// Reads <paramref name="bytes"/>; <paramref name="path"/> is where the articles say they came from. Skipped are the
    /// records the reader passed over while reading the rest.
    /// </summary>
    public (IReadOnlyList<Article> Articles, string Format, IReadOnlyList<ReadProblem> Skipped) Read(string path, byte[] bytes)
    {
        // "wire.jsonl.gz" is read as the "wire.jsonl" it holds, but its articles keep the name of the real file.
        var name = path;
        if (IsGzip(bytes) || path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            bytes = Gunzip(path, bytes);
            name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        }

        if (bytes.Length == 0)
        {
            throw new ArticleReadException(path, null, "empty file");
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            throw new ArticleReadException(path, null, "binary content, not text");
        }

        var text = TextDecoder.Decode(bytes);
        var reader = readers.For(name, text) ?? throw new ArticleReadException(path, null, "not a supported article format");
        var file = new SourceFile(path, text);
        return ([.. reader.Read(file)], reader.Format, file.SkippedRecords);
    }

    private static bool IsGzip(byte[] bytes) => bytes is [0x1F, 0x8B, ..];

    private byte[] Gunzip(string path, byte[] bytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return limit.ReadAll(gzip, path);
        }
        catch (InvalidDataException ex)
        {
            throw new ArticleReadException(path, null, $"not valid gzip data: {ex.Message}");
        }
    }
}
