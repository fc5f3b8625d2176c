using Lucene.Net.Documents;
using Search.Core.Articles;

namespace Search.Core.Schema;

/// <summary>Everything one article adds to the index: its own document and one per quote, all tagged with the corpus file they are replaced and deleted with.</summary>
public static class IndexedDocuments
{
    public static IEnumerable<Document> For(Article article, string corpusFile)
    {
        foreach (var doc in QuoteDocumentMapper.ToDocuments(article).Prepend(ArticleDocumentMapper.ToDocument(article)))
        {
            doc.Add(new KeywordField(ArticleFields.CorpusFile, corpusFile, Field.Store.NO));
            yield return doc;
        }
    }
}
