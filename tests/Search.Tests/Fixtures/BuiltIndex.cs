using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Tests.Fixtures;

/// <summary>The sample corpus indexed on disk once for a test class, with a search service over it.</summary>
public sealed class BuiltIndex : IDisposable
{
    public BuiltIndex()
    {
        Corpus = SampleArticles.Corpus()
            .Write("text/2022-01-05_hostile.txt", "<script>alert('t')</script> Hostile <b>title</b>\n\nLONDON, Jan 5 - A <script>alert(1)</script> inflation story & more <img src=x onerror=alert(2)>.");
        Summary = IndexBuilder.CreateDefault().Build(new BuildOptions(Corpus.CorpusPath, Corpus.IndexPath));
        Search = new SearchService(Corpus.IndexPath);
    }

    public TempCorpus Corpus { get; }

    public BuildSummary Summary { get; }

    public SearchService Search { get; }

    public void Dispose()
    {
        Search.Dispose();
        Corpus.Dispose();
    }
}
