namespace Search.Tests.Fixtures;

/// <summary>A corpus folder and an index folder under the temp directory, deleted when the test ends.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "search-tests-" + Guid.NewGuid().ToString("N"));
        CorpusPath = Path.Combine(Root, "corpus");
        IndexPath = Path.Combine(Root, "index");
        Directory.CreateDirectory(CorpusPath);
    }

    public string Root { get; }

    public string CorpusPath { get; }

    public string IndexPath { get; }

    public TempCorpus Write(string relativePath, string content)
    {
        var path = Path.Combine(CorpusPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TempCorpus WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(CorpusPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(CorpusPath, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A searcher still closing can hold a file for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
