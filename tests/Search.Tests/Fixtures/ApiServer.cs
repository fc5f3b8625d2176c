using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Search.Tests.Fixtures;

/// <summary>The real API on a Kestrel port over an index built from the sample articles, with a client that talks to it over HTTP.</summary>
public sealed class ApiServer : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public ApiServer()
        : this(new Dictionary<string, string>())
    {
    }

    // Private so that xunit, which needs exactly one public constructor on a class fixture, still finds it.
    private ApiServer(IReadOnlyDictionary<string, string> settings)
    {
        Index = new BuiltIndex();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Search:IndexPath", Index.Corpus.IndexPath);
            builder.UseSetting("Search:CorpusPath", string.Empty);
            builder.UseSetting("Search:RefreshSeconds", "0.2");
            builder.UseSetting("Search:WarmupSeconds", "0");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.ConfigureLogging(logging => logging.AddProvider(Errors));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        Client = factory.CreateClient();
    }

    public BuiltIndex Index { get; }

    /// <summary>What the server logged as errors, so a test that gets a 500 can show the exception behind it.</summary>
    public ServerErrorLog Errors { get; } = new();

    public HttpClient Client { get; }

    /// <summary>The server's origin, e.g. http://127.0.0.1:40123 (no trailing slash), as a browser names it.</summary>
    public string Origin => Client.BaseAddress!.GetLeftPart(UriPartial.Authority);

    /// <summary>A server with extra configuration, e.g. ("Search:AllowedOrigins:0", "http://127.0.0.1:5001").</summary>
    public static ApiServer With(IReadOnlyDictionary<string, string> settings) => new(settings);

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        Index.Dispose();
    }
}
