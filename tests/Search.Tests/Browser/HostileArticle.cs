using System.Text.Json;
using Search.Core.Indexing;
using Search.Tests.Fixtures;

namespace Search.Tests.Browser;

/// <summary>An article whose title and body hold markup that would run script, should a page ever insert article text as HTML.</summary>
public static class HostileArticle
{
    public const string Query = "harbour";

    public const string TitleMarkup = """<img src=x onerror="window.__pwned=1;alert('title')">""";

    public const string Text = """
        Harbour <img src=x onerror="window.__pwned=1;alert('title')"> report

        PLYMOUTH, July 1 - The harbour <img src=x onerror="window.__pwned=2;alert('body')"> reopened on Monday. "Boats are back <script>window.__pwned=3</script> at last," said harbour master Tomas Berg.
        """;

    /// <summary>Adds the article to the server's corpus, rebuilds the index, and waits until the server has picked it up.</summary>
    public static async Task AddToAsync(ApiServer server)
    {
        server.Index.Corpus.Write("text/2023-07-01_harbour.txt", Text);
        IndexBuilder.CreateDefault().Build(new BuildOptions(server.Index.Corpus.CorpusPath, server.Index.Corpus.IndexPath));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=" + Query));
            if (json.RootElement.GetProperty("total").GetInt32() > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The API did not pick up the rebuilt index with the hostile article.");
    }
}
