namespace Search.Core.Extraction;

/// <summary>The word just before a position in text, skipping spaces: the context word ("in", "spokesman", "said") the recognizers check.</summary>
public static class PrecedingWord
{
    /// <summary>The run of letters ending at the last non-space character before <paramref name="start"/>, or "".</summary>
    public static string Of(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
    }
}
