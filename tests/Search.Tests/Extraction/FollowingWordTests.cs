using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class FollowingWordTests
{
    [Theory]
    [InlineData("Keir Giles said the deal", 10, "said")]
    [InlineData("Giles, a fellow at Chatham House, said", 5, "")]
    [InlineData("the Brussels attacks would", 20, "would")]
    [InlineData("Sullivan told Reporters", 13, "")]
    [InlineData("Sullivan saidX", 8, "")]
    [InlineData("said Sullivan", 13, "")]
    public void Gives_the_lowercase_word_after_the_spaces(string text, int end, string expected) =>
        Assert.Equal(expected, FollowingWord.Of(text, end));
}
