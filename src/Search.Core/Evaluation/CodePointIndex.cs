namespace Search.Core.Evaluation;

/// <summary>Maps code-point offsets to .NET string indexes, which differ only past a character outside the BMP.</summary>
internal static class CodePointIndex
{
    public static Func<int, int> For(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return offset => offset;
        }

        var indexes = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            indexes.Add(i);
        }

        indexes.Add(text.Length);
        return offset => offset < indexes.Count ? indexes[offset] : int.MaxValue;
    }
}
