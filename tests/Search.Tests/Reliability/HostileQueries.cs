using System.Text;

namespace Search.Tests.Reliability;

/// <summary>
/// Generates /api/search URLs a careless or hostile client might send: broken syntax, expensive terms, control
/// characters, invalid UTF-8 and out-of-range paging, mixed at random from a seed so a failure can be replayed.
/// </summary>
public sealed class HostileQueries(int seed)
{
    private static readonly string[] Pieces =
    [
        "\"", "\"\"", "(", ")", "((((((((((", "))))", "[", "]", "{", "}", "*", "?", "**", "?*?", "*oil", "?il", "o*", "b?nk",
        "~", "~2", "~999999999", "~0.0000001", "~1e400", "oil~", "bank~999999", "\"central bank\"~99999999", "^", "^999999999", "^-1",
        ":", "::", "\\", "\\\\", "/", "//", "/(.*)*x/", "/(a|aa)*b/", "/.*/", "/[a-z]{1,200}.{1,200}/", "/(((a*)*)*)*c/", "/[/", "/\\",
        "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "AND AND", "NOT NOT NOT",
        "speaker:", "title:", "body:", "nosuchfield:", "speaker:\"", "location:*", "person:?", "date:[2000 TO *]", "[* TO *]", "{a TO z}", "[a TO", "*:*",
        "oil", "inflation", "bank", "Jane", "Doe", "central", "rates", "Lagos", "saudi", "\"central bank\"",
        "\u0000", "\u0001", "\u0007", "\u001b[31m", "\r\n", "\t", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff", "\ufffd", "😀", "é", "ß", "İ", "中文",
        "%", "%%", "&", "=", "#", "+", ";", "'", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "' OR 1=1 --",
    ];

    private static readonly string[] Pages = ["", "1", "2", "0", "-1", "1000", "1001", "99999", "2147483647", "2147483648", "1e3", "abc", " 1", "0x10", "１", "1.5", "+1"];

    private static readonly string[] Sizes = ["", "1", "10", "100", "0", "-5", "101", "1000000", "9999999999999999999", "NaN", "10 ", "-0"];

    private static readonly string[] Sorts = ["", "relevance", "date", "DATE", "random", "\0", "date;drop"];

    private static readonly string[] Dates = ["", "2024", "2024-02", "2024-02-29", "2023-02-29", "2024-13-45", "0000-01-01", "0001-01-01", "9999-12-31", "-1", "99999", "2024-1-1", "yesterday"];

    /// <summary>Percent-encoded byte sequences that are not UTF-8: stray continuation bytes, overlong forms, surrogates, beyond U+10FFFF.</summary>
    private static readonly string[] InvalidUtf8 = ["%FF", "%FE%FF", "%C0%AF", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%80", "%E2%82", "%F0%9F%98"];

    private readonly Random random = new(seed);

    public int Seed => seed;

    /// <summary>A query text of 1 to 12 hostile pieces, some glued together, some apart.</summary>
    public string Text()
    {
        var text = new StringBuilder();
        var count = random.Next(1, 13);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>A relative /api/search URL with a hostile q and, often, hostile paging, sorting, dates and filters.</summary>
    public string Url()
    {
        var url = new StringBuilder("/api/search?q=");
        url.Append(random.Next(6) == 0 ? RawText() : Uri.EscapeDataString(Text()));
        Maybe(url, "page", Pages);
        Maybe(url, "size", Sizes);
        Maybe(url, "sort", Sorts);
        Maybe(url, "from", Dates);
        Maybe(url, "to", Dates);
        if (random.Next(4) == 0)
        {
            url.Append(random.Next(2) == 0 ? "&speaker=" : "&location=").Append(Uri.EscapeDataString(Text()));
        }

        if (random.Next(10) == 0)
        {
            url.Append("&q=").Append(Uri.EscapeDataString(Text()));
        }

        return url.ToString();
    }

    /// <summary>Text with invalid UTF-8 byte sequences spliced in, percent-encoded as a client that does not check would send them.</summary>
    private string RawText()
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            text.Append(Uri.EscapeDataString(Pieces[random.Next(Pieces.Length)])).Append(InvalidUtf8[random.Next(InvalidUtf8.Length)]);
        }

        return text.ToString();
    }

    private void Maybe(StringBuilder url, string name, string[] values)
    {
        if (random.Next(3) == 0)
        {
            url.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(values[random.Next(values.Length)]));
        }
    }
}
