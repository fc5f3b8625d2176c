namespace Search.Core.Reading;

/// <summary>
/// Reads a decompressing stream to its end unless it grows past a limit, so a small zip or gzip bomb is refused
/// after the limit's worth of work instead of filling memory. The sizes an archive declares are not trusted.
/// </summary>
internal sealed class DecompressionLimit(long maxBytes)
{
    public long MaxBytes => maxBytes;

    public byte[] ReadAll(Stream stream, string path)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + count > maxBytes)
            {
                throw TooLarge(path);
            }

            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }

    public ArticleReadException TooLarge(string path) =>
        new(path, null, maxBytes >= 1024 * 1024
            ? $"decompresses to more than the {maxBytes / (1024 * 1024)} MB limit"
            : $"decompresses to more than the {maxBytes} byte limit");
}
