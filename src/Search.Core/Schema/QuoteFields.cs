namespace Search.Core.Schema;

/// <summary>
/// Field names of quote documents: one per quote, beside its article in the same index and deleted with it. None
/// is shared with article fields, so article queries never reach a quote and quotes never skew article statistics.
/// </summary>
public static class QuoteFields
{
    /// <summary>The quoted words, English-analyzed and stored for highlighting.</summary>
    public const string Text = "quote_text";

    /// <summary>Who said it, as the article names them (stored).</summary>
    public const string Speaker = "quote_speaker";

    /// <summary>The speaker's normalized name (<see cref="NameNormalizer"/>) for exact filters.</summary>
    public const string SpeakerKey = "quote_speaker_key";

    /// <summary>The speaker's display name as sorted-set doc values, counted for facets.</summary>
    public const string SpeakerFacet = "quote_speaker_facet";

    /// <summary>The speaker's name analyzed word by word, so "speaker:sullivan" finds "Jake Sullivan".</summary>
    public const string SpeakerText = "quote_speaker_text";

    /// <summary>Id of the article the quote is from (keyword, stored).</summary>
    public const string ArticleId = "quote_article";

    /// <summary>The article's title (stored only).</summary>
    public const string Title = "quote_title";

    /// <summary>The article's publication date as yyyyMMdd: indexed int for range filters, doc values for sorting and month counts.</summary>
    public const string Date = "quote_date";

    /// <summary>The article's publication date as stored ISO text.</summary>
    public const string DateIso = "quote_date_iso";

    /// <summary>0-based position of the quote in its article (stored and doc values), to list an article's quotes in order.</summary>
    public const string Position = "quote_position";
}
