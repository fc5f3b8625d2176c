using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Search.Tests.Fixtures;

/// <summary>The real API on a Kestrel port over an index built from the sample articles, with a client that talks to it over HTTP.</summary>
public sealed class ApiServer : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public ApiServer()
    {
        Index = new BuiltIndex();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Search:IndexPath", Index.Corpus.IndexPath);
            builder.UseSetting("Search:CorpusPath", string.Empty);
            builder.UseSetting("Search:RefreshSeconds", "0.2");
            builder.UseSetting("urls", "http://127.0.0.1:0");
        });
        factory.UseKestrel();
        factory.StartServer();
        Client = factory.CreateClient();
    }

    public BuiltIndex Index { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        Index.Dispose();
    }
}
