using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class SubjectVerbGapTests
{
    [Theory]
    [InlineData("Doe has also said", 3)]
    [InlineData("Doe said", 3)]
    [InlineData("Doe met Roe and said", 15)]
    [InlineData("Doe on Thursday evening said", 3)]
    [InlineData("Doe in a statement said", 3)]
    [InlineData("Doe last week also said", 3)]
    [InlineData("Officials in Ohio said", 17)]
    public void The_subject_ends_before_auxiliaries_and_adverbs(string text, int subjectEnd)
    {
        var cue = text.LastIndexOf("said", StringComparison.Ordinal);

        Assert.Equal(subjectEnd, TrimmedEnd(text, SubjectVerbGap.SubjectEnd(text, cue, 0)));
    }

    private static int TrimmedEnd(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }
}
