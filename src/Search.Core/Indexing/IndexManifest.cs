using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Index;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>
/// What the index holds of each corpus file (size, time, content hash, article count), kept in the Lucene commit's
/// user data so it can never disagree with the documents it describes: both change in the same atomic commit.
/// </summary>
public sealed class IndexManifest
{
    /// <summary>Bumped when the schema or extraction changes in a way that needs every file read again.</summary>
    public const string SchemaVersion = "3";

    private const string ManifestKey = "manifest";
    private const string SchemaKey = "schema";

    static IndexManifest() => NewsCodec.Register();

    public Dictionary<string, FileState> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>The manifest of the index's latest commit, or null when there is none usable (no index, other schema).</summary>
    public static IndexManifest? Read(Lucene.Net.Store.Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var commit = DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last();
        var data = commit.UserData;
        if (data is null || !data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion
            || !data.TryGetValue(ManifestKey, out var encoded))
        {
            return null;
        }

        using var compressed = new MemoryStream(Convert.FromBase64String(encoded));
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        var files = JsonSerializer.Deserialize<Dictionary<string, FileState>>(gzip) ?? [];
        var manifest = new IndexManifest();
        foreach (var (path, state) in files)
        {
            manifest.Files[path] = state;
        }

        return manifest;
    }

    /// <summary>The commit user data that stores this manifest.</summary>
    public IDictionary<string, string> ToCommitData()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(gzip, Files);
        }

        return new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion,
            [ManifestKey] = Convert.ToBase64String(compressed.ToArray()),
        };
    }
}

/// <summary>A corpus file as last indexed: its size, modification time, content hash, and what came of it.</summary>
public sealed record FileState(long Size, long ModifiedTicks, string Hash, int Articles, string? SkippedReason = null);
