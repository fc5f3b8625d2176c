using System.Text;
using Lucene.Net.Search.Highlight;

namespace Search.Core.Searching.Highlighting;

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
        Append(builder, originalText);
        return builder.ToString();
    }

    /// <summary>Appends the text escaped, without making a string of it first.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var special = text.IndexOfAny("&<>\"'");
            if (special < 0)
            {
                builder.Append(text);
                return;
            }

            builder.Append(text[..special]).Append(text[special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(special + 1)..];
        }
    }
}
