using System.Text.Json;
using System.Text.Json.Serialization;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>
/// Serialization code for search results generated at compile time, with the web defaults every other answer uses
/// (camelCase names): /api/search is the API's most frequent answer, so it skips reflection-built metadata.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResult))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
