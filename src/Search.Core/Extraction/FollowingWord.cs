namespace Search.Core.Extraction;

/// <summary>The word just after a position in text, past spaces: the verb or auxiliary the recognizers check after a name or cue.</summary>
public static class FollowingWord
{
    /// <summary>
    /// The run of lowercase letters after the spaces at <paramref name="end"/>, or "" when no space comes first ("Giles,"),
    /// no lowercase word follows, or the word runs on into other letters.
    /// </summary>
    public static string Of(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var stop = start;
        while (stop < text.Length && char.IsLower(text[stop]))
        {
            stop++;
        }

        return start > end && stop > start && (stop == text.Length || !char.IsLetter(text[stop])) ? text[start..stop] : "";
    }
}
