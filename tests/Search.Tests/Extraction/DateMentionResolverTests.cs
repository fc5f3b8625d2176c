using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class DateMentionResolverTests
{
    private static readonly DateOnly Thursday7Sept2023 = new(2023, 9, 7);
    private readonly DateMentionResolver resolver = new();

    [Theory]
    [InlineData("The ministers met on Tuesday.", "2023-09-05")]
    [InlineData("Prices have risen since 2006.", "2006")]
    [InlineData("The vote took place in November.", "2022-11")]
    [InlineData("The summit will be held in November.", "2023-11")]
    [InlineData("He was elected on March 3, 2021.", "2021-03-03")]
    [InlineData("Output fell in June 2019.", "2019-06")]
    [InlineData("Talks resumed last week.", "2023-W35")]
    public void Resolves_against_the_publication_date(string text, string expected)
    {
        Assert.Contains(expected, resolver.Resolve(text, Thursday7Sept2023));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        Assert.Empty(resolver.Resolve("They met on Tuesday.", null));
        Assert.Equal(["2006"], resolver.Resolve("Prices have risen since 2006.", null));
    }
}
