using System.Text;
using Lucene.Net.Search.Highlight;

namespace Search.Core.Searching;

/// <summary>
/// Escapes the five characters that matter in HTML text and attributes (&amp; &lt; &gt; " ') and nothing else, so
/// accented names stay readable ("Zürich", not "Z&amp;#252;rich") while article markup can never become markup.
/// </summary>
public sealed class HtmlTextEncoder : IEncoder
{
    public string EncodeText(string originalText)
    {
        if (originalText.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return originalText;
        }

        var builder = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
