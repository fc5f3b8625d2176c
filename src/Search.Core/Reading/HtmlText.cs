using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Reading;

/// <summary>The readable text of an HTML element: one line per paragraph, heading or list item; whitespace collapsed.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "figure", "figcaption", "hr", "address", "details", "summary",
    };

    public static string Of(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder, inPre: false);
        var lines = builder.ToString().Split('\n')
            .Select(l => Whitespace().Replace(l, " ").Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Append(INode node, StringBuilder builder, bool inPre)
    {
        switch (node)
        {
            case IText text:
                // Source line breaks inside a paragraph are layout, not text; only <pre> keeps them.
                builder.Append(inPre ? text.Data : Whitespace().Replace(text.Data, " "));
                break;
            case IElement { LocalName: "br" }:
                builder.Append('\n');
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    builder.Append('\n');
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, builder, inPre || element.LocalName == "pre");
                }

                if (block)
                {
                    builder.Append('\n');
                }
                else if (element.LocalName is "td" or "th")
                {
                    builder.Append(' ');
                }

                break;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
