using Search.Core.Searching.Quotes;

namespace Search.Api.Endpoints;

/// <summary>Reads and validates /api/quotes's query string: q, speaker (repeatable), from, to, page, size.</summary>
public static class QuoteParameters
{
    public const int MaxSize = 100;

    /// <summary>How deep quotes may be paged (page × size).</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>The validated request, or the message for a 400 response.</summary>
    public static (QuoteRequest? Request, string? Error) Bind(IQueryCollection query)
    {
        var q = query["q"].ToString();
        if (q.Length > 2000)
        {
            return (null, "q is too long: at most 2000 characters.");
        }

        var speakers = SearchParameters.Values(query, "speaker");
        if (speakers.Any(s => s.Length > 200))
        {
            return (null, "speaker is too long: at most 200 characters.");
        }

        if (!SearchParameters.TryInt(query, "page", 1, out var page) || page < 1)
        {
            return (null, $"page must be a whole number of 1 or more, not '{query["page"]}'.");
        }

        if (!SearchParameters.TryInt(query, "size", 10, out var size) || size < 1 || size > MaxSize)
        {
            return (null, $"size must be a whole number from 1 to {MaxSize}, not '{query["size"]}'.");
        }

        if ((long)page * size > MaxResultWindow)
        {
            return (null, $"page × size may not exceed {MaxResultWindow}; narrow the search instead of paging this deep.");
        }

        if (!SearchParameters.TryDate(query["from"].ToString(), start: true, out var from))
        {
            return (null, $"from must be a date like 2024-03-01 (or 2024-03, 2024), not '{query["from"]}'.");
        }

        if (!SearchParameters.TryDate(query["to"].ToString(), start: false, out var to))
        {
            return (null, $"to must be a date like 2024-03-31 (or 2024-03, 2024), not '{query["to"]}'.");
        }

        if (from is not null && to is not null && from > to)
        {
            return (null, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        return (new QuoteRequest { Query = q.Trim(), Speakers = speakers, From = from, To = to, Page = page, Size = size }, null);
    }
}
