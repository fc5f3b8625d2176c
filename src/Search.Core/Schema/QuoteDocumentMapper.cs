using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Search.Core.Articles;

namespace Search.Core.Schema;

/// <summary>Turns each quote of an article into its own Lucene document, following <see cref="QuoteFields"/>.</summary>
public static class QuoteDocumentMapper
{
    public static IEnumerable<Document> ToDocuments(Article article)
    {
        for (var position = 0; position < article.Quotes.Count; position++)
        {
            var quote = article.Quotes[position];
            var key = NameNormalizer.Normalize(quote.Speaker);
            if (key.Length == 0 || string.IsNullOrWhiteSpace(quote.Text))
            {
                continue;
            }

            var doc = new Document
            {
                new KeywordField(ArticleFields.Kind, DocumentKinds.Quote, Field.Store.NO),
                new TextField(QuoteFields.Text, quote.Text, Field.Store.YES),
                new StoredField(QuoteFields.Speaker, quote.Speaker),
                new KeywordField(QuoteFields.SpeakerKey, key, Field.Store.NO),
                new SortedSetDocValuesField(QuoteFields.SpeakerFacet, new BytesRef(quote.Speaker.Trim())),
                new TextField(QuoteFields.SpeakerText, quote.Speaker, Field.Store.NO),
                new KeywordField(QuoteFields.ArticleId, article.Id, Field.Store.YES),
                new StoredField(QuoteFields.Title, article.Title),
                new StoredField(QuoteFields.Position, position),
                new NumericDocValuesField(QuoteFields.Position, position),
            };

            if (article.Date is { } date)
            {
                var dateKey = ArticleDocumentMapper.DateKey(date);
                doc.Add(new DateKeyField(QuoteFields.Date, dateKey));
                doc.Add(new NumericDocValuesField(QuoteFields.Date, dateKey));
                doc.Add(new StoredField(QuoteFields.DateIso, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            yield return doc;
        }
    }
}
