using Search.Core.Articles;

namespace Search.Core.Reading;

/// <summary>Reads one file format into articles; throws <see cref="ArticleReadException"/> for a file it cannot read.</summary>
public interface IArticleReader
{
    /// <summary>Short format name shown in summaries ("text", "jsonl", "reuters-sgml").</summary>
    string Format { get; }

    /// <summary>Whether this reader takes the file, judged by extension and the first characters of its text.</summary>
    bool Accepts(string relativePath, string text);

    IEnumerable<Article> Read(SourceFile file);
}
