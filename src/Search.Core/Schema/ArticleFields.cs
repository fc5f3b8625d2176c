namespace Search.Core.Schema;

/// <summary>The index schema's field names, defined once for the indexer and the searcher.</summary>
public static class ArticleFields
{
    /// <summary>Exact article id (keyword, stored).</summary>
    public const string Id = "id";

    /// <summary>Headline, English-analyzed and stored for highlighting.</summary>
    public const string Title = "title";

    /// <summary>Article text, English-analyzed and stored for highlighting.</summary>
    public const string Body = "body";

    /// <summary>Publication date as yyyyMMdd: an indexed int for range filters plus doc values for sorting and year facets.</summary>
    public const string Date = "date";

    /// <summary>Publication date as stored ISO text.</summary>
    public const string DateIso = "date_iso";

    /// <summary>Dates the text mentions, stored as ISO strings.</summary>
    public const string MentionedDates = "dates";

    public const string Url = "url";

    public const string Author = "author";

    /// <summary>Source path and position ("dir/file.sgm#3").</summary>
    public const string Source = "source";

    /// <summary>The corpus file an article came from (keyword, not stored), so a changed or deleted file's articles can be replaced.</summary>
    public const string CorpusFile = "file";

    /// <summary>Quotes, stored as JSON.</summary>
    public const string Quotes = "quotes";

    /// <summary>Which kind of document this is (<see cref="DocumentKinds"/>): articles and their quotes share one index.</summary>
    public const string Kind = "kind";

    /// <summary>Title and body as unstemmed, folded words (indexed only), the vocabulary "did you mean" corrects against.</summary>
    public const string Words = "words";

    /// <summary>The title as sorted doc values, so suggestions can list titles and their article counts without reading stored text.</summary>
    public const string TitleFacet = "title_facet";

    /// <summary>The three name fields; each is indexed four ways (see <see cref="NameField"/>).</summary>
    public static readonly NameField Speakers = new("speakers");

    public static readonly NameField People = new("people");

    public static readonly NameField Locations = new("locations");
}

/// <summary>
/// A multi-valued name field (speakers, people, locations) and the Lucene fields it is spread over:
/// stored display values, a normalized keyword for exact filters, doc values for facets, and analyzed text for search.
/// </summary>
public sealed record NameField(string Name)
{
    /// <summary>Stored display values, in the order the article gives them.</summary>
    public string Stored => Name;

    /// <summary>Normalized whole-name keyword (case and accents folded) for exact filters.</summary>
    public string Keyword => Name + "_key";

    /// <summary>Sorted-set doc values holding the display name, counted for facets.</summary>
    public string Facet => Name + "_facet";

    /// <summary>Analyzed copy so a query word ("sullivan") finds the name ("Jake Sullivan").</summary>
    public string Text => Name + "_text";
}
