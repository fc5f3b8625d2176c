using System.Globalization;
using System.Text;
using Search.Core.Reading;

namespace Search.Core.Evaluation;

/// <summary>TimeBank articles as plain text with a "Date:" header giving the creation date, read by the project's plain-text reader.</summary>
/// <remarks>A document without a TITLE is titled by its DOCID, so all of its text stays in the body where dates are looked for.</remarks>
public static class TimebankLoader
{
    public static IReadOnlyList<AnnotatedArticle> Load(string timebankDirectory) =>
        [.. Directory.GetFiles(timebankDirectory, "*.tml")
            .Order(StringComparer.Ordinal)
            .Select(path => ToArticle(TimebankParser.Parse(File.ReadAllText(path, Encoding.UTF8)), Path.GetFileName(path)))];

    public static AnnotatedArticle ToArticle(TimebankDocument document, string fileName)
    {
        var title = document.Title.Length > 0 ? document.Title.ReplaceLineEndings(" ") : document.DocId;
        var text = $"Date: {document.CreationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n\n{title}\n\n{document.Text}";
        var article = new PlainTextReader().Read(new SourceFile(fileName, text)).Single();
        return new AnnotatedArticle(article) { Dates = document.Dates, PublicationDate = document.CreationDate };
    }
}
