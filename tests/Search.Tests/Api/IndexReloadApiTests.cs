using System.Text.Json;
using Search.Core.Indexing;
using Search.Tests.Fixtures;

namespace Search.Tests.Api;

public sealed class IndexReloadApiTests : IDisposable
{
    private readonly ApiServer server = new();

    public void Dispose() => server.Dispose();

    private async Task<int> Total(string query) =>
        JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=" + query)).RootElement.GetProperty("total").GetInt32();

    [Fact]
    public async Task A_rebuilt_index_is_served_without_a_restart()
    {
        Assert.Equal(0, await Total("lighthouse"));

        server.Index.Corpus.Write("text/2024-03-01_lighthouse.txt", "Lighthouse restored\n\nOSLO, March 1 - The old lighthouse was restored, said curator Ingrid Solberg.");
        IndexBuilder.CreateDefault().Build(new BuildOptions(server.Index.Corpus.CorpusPath, server.Index.Corpus.IndexPath));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        var total = 0;
        while (total == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            total = await Total("lighthouse");
        }

        Assert.Equal(1, total);
    }
}
