using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Searching.Facets;
using Search.Core.Searching.Typos;

namespace Search.Core.Searching;

/// <summary>
/// Reads what searches share from a new index version when its searcher opens, so no search pays for it: the facet
/// rows of new segments with their names numbered across segments, and the typo vocabularies of the fields a bare
/// word is searched in and of the words "did you mean" corrects against.
/// </summary>
public sealed class WarmingSearcherFactory : SearcherFactory
{
    private static readonly string[] TypoFields = [.. NewsQueryParser.SearchedFields, ArticleFields.Words];

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        IndexFacetNames.For(reader);
        foreach (var field in TypoFields)
        {
            TypoVocabulary.For(reader, field);
        }

        return base.NewSearcher(reader);
    }
}
