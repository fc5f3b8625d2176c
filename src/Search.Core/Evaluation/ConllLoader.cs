using Search.Core.Articles;
using Search.Core.Reading;
using Search.Core.Schema;

namespace Search.Core.Evaluation;

/// <summary>CoNLL-2003 articles as prose, with their gold people and locations: the distinct PER and LOC spans.</summary>
/// <remarks>
/// The headline is the title; the body is the dateline, then one sentence a line. The byline becomes the author and
/// its name is not gold, since extraction never sees it in the text.
/// </remarks>
public static class ConllLoader
{
    public static IReadOnlyList<AnnotatedArticle> Load(string path)
    {
        using var reader = new StreamReader(path);
        var documents = ConllDocumentSplitter.Split(ConllSentenceReader.Read(reader));
        var name = "conll2003/" + Path.GetFileName(path);
        return [.. documents.Select((d, i) => ToArticle(d, name, i + 1))];
    }

    public static AnnotatedArticle ToArticle(ConllDocument document, string sourceName, int position)
    {
        var detokenizer = new Detokenizer();
        var headline = document.Headline.Count > 0 ? detokenizer.Sentence(document.Headline.Select(t => t.Word)) : null;
        var lines = new List<string> { detokenizer.Sentence(document.Dateline.Select(t => t.Word)) };
        lines.AddRange(document.Body.Select(s => detokenizer.Sentence(s.Select(t => t.Word))));

        IReadOnlyList<IReadOnlyList<ConllToken>> sentences = [document.Headline, document.Dateline, .. document.Body];
        var article = new Article
        {
            Id = ArticleIds.FromPath(sourceName, position),
            Title = headline ?? lines[0],
            Body = string.Join('\n', lines),
            Author = document.Byline is { } byline ? Detokenizer.Join(byline.Select(t => t.Word)) : null,
            Source = new ArticleSource(sourceName, position),
        };

        return new AnnotatedArticle(article)
        {
            People = Spans(sentences, "PER"),
            Locations = Spans(sentences, "LOC"),
            PublicationDate = document.Date,
        };
    }

    private static List<string> Spans(IEnumerable<IReadOnlyList<ConllToken>> sentences, string type) =>
        [.. sentences.SelectMany(s => EntitySpans.Find(s, type)).DistinctBy(NameNormalizer.Normalize)];
}
