namespace Search.Core.Reading;

/// <summary>
/// Tells an article's text from other text files a corpus folder holds (code lists, token-per-line data, program
/// facts): most of an article's words stand in lines of several ordinary words.
/// </summary>
public static class ProseCheck
{
    /// <summary>Below this many words and lines a text is too short to judge and is taken as it is.</summary>
    private const int MinWordsToJudge = 20;

    private const int MinLinesToJudge = 8;

    /// <summary>The reason the text is not an article, or null when it reads as prose.</summary>
    public static string? Problem(string text)
    {
        var words = 0;
        var proseWords = 0;
        var lines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lines++;
            var tokens = 0;
            var wordLike = 0;
            foreach (var range in line.SplitAny(" \t"))
            {
                var token = line[range];
                if (token.IsEmpty)
                {
                    continue;
                }

                tokens++;
                if (char.IsLetter(token[0]) && !token.ContainsAny("(\"=_{}"))
                {
                    wordLike++;
                }
            }

            words += tokens;
            if (tokens >= 6 && wordLike * 10 >= tokens * 6)
            {
                proseWords += tokens;
            }
        }

        return (words >= MinWordsToJudge || lines >= MinLinesToJudge) && proseWords * 2 < words
            ? "does not read as an article (most lines are not sentences: a list, data or code?)"
            : null;
    }
}
