using Search.Api.Endpoints;
using Search.Api.Hosting;
using Search.Core.Searching;

var builder = WebApplication.CreateBuilder(args);

// Kestrel's 8 KB request line would answer a long query with a bare 414; let the API refuse it with a reason instead.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);
builder.Services.AddSearchIndex(builder.Configuration);
builder.Services.AddDiscoveryServices();
builder.Services.AddSearchCors();
builder.Services.AddClientRateLimiting();
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SearchJsonContext.Default));

var app = builder.Build();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRateLimiter();
app.UseApiKeys();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapSearchEndpoints();
app.MapArticleEndpoints();
app.MapArticlePages();
app.MapDiscoveryEndpoints();
app.MapGet("/health", (SearchService search, SearchWarmup warmup) => Results.Ok(new { status = "ok", articles = search.Count, warm = warmup.IsWarm }));

try
{
    // Open (or build) the index before the host starts, so a missing or damaged one stops the start here.
    app.Services.GetRequiredService<SearchService>();
}
catch (IndexUnavailableException ex)
{
    // An operator's problem with a known fix: say it in one line, without a stack trace.
    app.Logger.LogCritical("{Message}", ex.Message);
    await app.DisposeAsync(); // flushes the console logger, which writes on a background thread
    return 1;
}

app.Run();
return 0;

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
