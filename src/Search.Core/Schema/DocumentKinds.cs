using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Schema;

/// <summary>The kinds of document in the index: each article, and one document per quote it carries.</summary>
public static class DocumentKinds
{
    public const string Article = "article";

    public const string Quote = "quote";

    /// <summary>Matches every article and no quote.</summary>
    public static Query Articles() => new TermQuery(new Term(ArticleFields.Kind, Article));

    /// <summary>Matches every quote and no article.</summary>
    public static Query Quotes() => new TermQuery(new Term(ArticleFields.Kind, Quote));

    /// <summary>Live (not deleted) articles in the index.</summary>
    public static int CountArticles(IndexReader reader)
    {
        var counter = new TotalHitCountCollector();
        new IndexSearcher(reader).Search(Articles(), counter);
        return counter.TotalHits;
    }
}
