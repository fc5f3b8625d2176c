using System.Globalization;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary>Reads and validates /api/search's query string; every problem is reported with what was wrong and what is allowed.</summary>
public static class SearchParameters
{
    public const int MaxSize = 100;

    /// <summary>The validated request, or the message for a 400 response.</summary>
    public static (SearchRequest? Request, string? Error) Bind(IQueryCollection query)
    {
        var q = query["q"].ToString();
        if (!TryInt(query, "page", 1, out var page) || page < 1)
        {
            return (null, $"page must be a whole number of 1 or more, not '{query["page"]}'.");
        }

        if (!TryInt(query, "size", 10, out var size) || size < 1 || size > MaxSize)
        {
            return (null, $"size must be a whole number from 1 to {MaxSize}, not '{query["size"]}'.");
        }

        var sortText = query["sort"].ToString();
        SearchSort sort;
        switch (sortText.ToLowerInvariant())
        {
            case "" or "relevance":
                sort = SearchSort.Relevance;
                break;
            case "date":
                sort = SearchSort.Date;
                break;
            default:
                return (null, $"sort must be 'relevance' or 'date', not '{sortText}'.");
        }

        if (!RecencyParameter.TryParse(query["recency"].ToString(), out var recency))
        {
            return (null, $"recency must be a half-life like 30d, 2w or 1y, not '{query["recency"]}'.");
        }

        if (recency is not null && sort != SearchSort.Relevance)
        {
            return (null, "recency applies to sort=relevance only; newest-first results are already ordered by age.");
        }

        if (!TryDate(query["from"].ToString(), start: true, out var from))
        {
            return (null, $"from must be a date like 2024-03-01 (or 2024-03, 2024), not '{query["from"]}'.");
        }

        if (!TryDate(query["to"].ToString(), start: false, out var to))
        {
            return (null, $"to must be a date like 2024-03-31 (or 2024-03, 2024), not '{query["to"]}'.");
        }

        if (from is not null && to is not null && from > to)
        {
            return (null, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        return (new SearchRequest
        {
            Query = q.Trim(),
            Speakers = Values(query, "speaker"),
            Locations = Values(query, "location"),
            From = from,
            To = to,
            Sort = sort,
            Recency = recency,
            Page = page,
            Size = size,
        }, null);
    }

    internal static string[] Values(IQueryCollection query, string name) =>
        [.. query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];

    internal static bool TryInt(IQueryCollection query, string name, int fallback, out int value)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A day, a month or a year; a month or year means its first day for "from" and its last for "to".</summary>
    internal static bool TryDate(string text, bool start, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = start ? month : month.AddMonths(1).AddDays(-1);
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            date = start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
            return true;
        }

        return false;
    }
}
