using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>Reads one file format into articles; throws <see cref="ArticleReadException"/> for a file it cannot read.</summary>
public interface IArticleReader
{
    /// <summary>Short format name shown in summaries ("text", "jsonl", "reuters-sgml").</summary>
    string Format { get; }

    /// <summary>How strongly this reader claims the file, judged by its name and the first characters of its text.</summary>
    ReaderFit Fit(string relativePath, string text);

    IEnumerable<Article> Read(SourceFile file);
}
