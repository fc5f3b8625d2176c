using Search.Api.Endpoints;
using Search.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSearchIndex(builder.Configuration);
builder.Services.AddDiscoveryServices();
builder.Services.AddSearchCors();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapSearchEndpoints();
app.MapArticleEndpoints();
app.MapArticlePages();
app.MapDiscoveryEndpoints();
app.MapGet("/health", (Search.Core.Searching.SearchService search) => Results.Ok(new { status = "ok", articles = search.Count }));

app.Run();

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
