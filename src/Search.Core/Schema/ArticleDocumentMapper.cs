using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Articles;

namespace Search.Core.Schema;

/// <summary>Turns an <see cref="Article"/> into a Lucene document and back, following <see cref="ArticleFields"/>.</summary>
public static class ArticleDocumentMapper
{
    /// <summary>
    /// Title and body: analyzed, stored, and with each term's character offsets in the postings, so highlighting
    /// reads where the matches are instead of analysing the stored text again for every hit.
    /// </summary>
    public static readonly FieldType HighlightedText = CreateHighlightedText();

    // Longest title kept in doc values (their limit is 32766 bytes); suggestions never need more.
    private const int MaxTitleFacetChars = 300;

    /// <summary>Words are only looked up and counted, never scored by frequency or position.</summary>
    private static readonly FieldType WordsType = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
    };

    public static Document ToDocument(Article article)
    {
        var doc = new Document
        {
            new KeywordField(ArticleFields.Kind, DocumentKinds.Article, Field.Store.NO),
            new KeywordField(ArticleFields.Id, article.Id, Field.Store.YES),
            new Field(ArticleFields.Title, article.Title, HighlightedText),
            new Field(ArticleFields.Body, article.Body, HighlightedText),
            new StoredField(ArticleFields.Source, article.Source.ToString()),
            new Field(ArticleFields.Words, article.Title + "\n" + article.Body, WordsType),
        };

        if (article.Title.Trim() is { Length: > 0 } title)
        {
            doc.Add(new SortedDocValuesField(ArticleFields.TitleFacet, new BytesRef(title.Length > MaxTitleFacetChars ? title[..MaxTitleFacetChars] : title)));
        }

        if (article.Date is { } date)
        {
            var key = DateKey(date);
            doc.Add(new DateKeyField(ArticleFields.Date, key));
            doc.Add(new NumericDocValuesField(ArticleFields.Date, key));
            doc.Add(new StoredField(ArticleFields.DateIso, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (article.Url is { Length: > 0 } url)
        {
            doc.Add(new StoredField(ArticleFields.Url, url));
        }

        if (article.Author is { Length: > 0 } author)
        {
            doc.Add(new StoredField(ArticleFields.Author, author));
        }

        AddNames(doc, ArticleFields.Speakers, article.Speakers);
        AddNames(doc, ArticleFields.People, article.People);
        AddNames(doc, ArticleFields.Locations, article.Locations);

        foreach (var mentioned in article.Dates)
        {
            doc.Add(new StoredField(ArticleFields.MentionedDates, mentioned));
        }

        if (article.Quotes.Count > 0)
        {
            doc.Add(new StoredField(ArticleFields.Quotes, JsonSerializer.Serialize(article.Quotes)));
        }

        return doc;
    }

    public static Article FromDocument(Document doc)
    {
        var dateIso = doc.Get(ArticleFields.DateIso);
        var quotes = doc.Get(ArticleFields.Quotes);
        return new Article
        {
            Id = doc.Get(ArticleFields.Id),
            Title = doc.Get(ArticleFields.Title) ?? string.Empty,
            Body = doc.Get(ArticleFields.Body) ?? string.Empty,
            Date = dateIso is null ? null : DateOnly.ParseExact(dateIso, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Url = doc.Get(ArticleFields.Url),
            Author = doc.Get(ArticleFields.Author),
            Source = ArticleSource.Parse(doc.Get(ArticleFields.Source) ?? string.Empty),
            Speakers = doc.GetValues(ArticleFields.Speakers.Stored),
            People = doc.GetValues(ArticleFields.People.Stored),
            Locations = doc.GetValues(ArticleFields.Locations.Stored),
            Dates = doc.GetValues(ArticleFields.MentionedDates),
            Quotes = quotes is null ? [] : JsonSerializer.Deserialize<List<Quote>>(quotes) ?? [],
        };
    }

    private static FieldType CreateHighlightedText()
    {
        var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        return type;
    }

    /// <summary>The int form dates are indexed and sorted by: 2024-03-05 becomes 20240305.</summary>
    public static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static void AddNames(Document doc, NameField field, IEnumerable<string> names)
    {
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = NameNormalizer.Normalize(name);
            if (key.Length == 0 || !seenKeys.Add(key))
            {
                continue;
            }

            doc.Add(new StoredField(field.Stored, name));
            doc.Add(new KeywordField(field.Keyword, key, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(field.Facet, new BytesRef(name)));
            doc.Add(new TextField(field.Text, name, Field.Store.NO));
        }
    }
}
