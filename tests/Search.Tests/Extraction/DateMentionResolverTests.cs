using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class DateMentionResolverTests
{
    private static readonly DateOnly Thursday7Sept2023 = new(2023, 9, 7);
    private static readonly DateOnly Monday13Nov2023 = new(2023, 11, 13);
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

    [Theory]
    [InlineData("The mayor said Friday that the bridge would reopen.", "2023-11-10")]
    [InlineData("Shares closed Wednesday at a record.", "2023-11-08")]
    [InlineData("The council will vote Thursday on the budget.", "2023-11-16")]
    [InlineData("Friday's storm flooded the harbour.", "2023-11-10")]
    public void Reads_a_weekday_without_a_preposition(string text, string expected)
    {
        Assert.Equal([expected], resolver.Resolve(text, Monday13Nov2023));
    }

    [Theory]
    [InlineData("Shoppers queued before dawn on Black Friday.")]
    [InlineData("The rally came on the following Monday.")]
    [InlineData("The market opens Mondays at nine.")]
    public void Leaves_weekdays_that_name_no_day_counted_from_publication(string text)
    {
        Assert.Empty(resolver.Resolve(text, Monday13Nov2023));
    }

    [Fact]
    public void Last_weekday_in_a_paper_of_that_weekday_is_a_week_back()
    {
        Assert.Equal(["2023-11-06"], resolver.Resolve("The board met last Monday.", Monday13Nov2023));
        Assert.Equal(["2023-11-13"], resolver.Resolve("The board met Monday.", Monday13Nov2023));
    }

    [Theory]
    [InlineData("The offer expires Dec. 7.", "2023-12-07")]
    [InlineData("The loan is repaid in January.", "2024-01")]
    [InlineData("The plant closed in January.", "2023-01")]
    [InlineData("The deadline had been due on Nov. 20.", "2022-11-20")]
    [InlineData("The contract was signed Oct. 30.", "2023-10-30")]
    public void Puts_a_date_without_a_year_in_the_year_the_tense_or_proximity_points_to(string text, string expected)
    {
        Assert.Equal([expected], resolver.Resolve(text, Monday13Nov2023));
    }

    [Fact]
    public void Since_looks_back_even_after_than_expected()
    {
        Assert.Equal(["2022-11"], resolver.Resolve("Costs will have eased faster than expected since November.", Thursday7Sept2023));
    }

    [Fact]
    public void A_participle_after_be_does_not_make_a_plan_past()
    {
        Assert.Equal(["2024-02"], resolver.Resolve("She will be named chair in February.", Monday13Nov2023));
    }

    [Theory]
    [InlineData("The factory reopened last April.", "2023-04")]
    [InlineData("The factory reopened last October.", "2022-10")]
    [InlineData("The factory reopens next December.", "2024-12")]
    [InlineData("The factory reopens next March.", "2024-03")]
    [InlineData("Sales peaked in June last year.", "2022-06")]
    [InlineData("A new line opens this December.", "2023-12")]
    public void Reads_months_named_with_last_next_and_this(string text, string expected)
    {
        Assert.Equal([expected], resolver.Resolve(text, Monday13Nov2023));
    }

    [Theory]
    [InlineData("Exports have slowed since early March.", "2023-03")]
    [InlineData("Exports have slowed SINCE EARLY March.", "2023-03")]
    [InlineData("Work stopped in mid-April and resumed in\n\n  late   May.", "2023-04", "2023-05")]
    [InlineData("Omar Decker's Decision came in June, months before last\tFebruary's vote.", "2023-06", "2023-02")]
    [InlineData("The plant closed in January.", "2023-01")]
    public void Finds_each_month_named_with_the_words_before_it(string text, params string[] expected)
    {
        Assert.Equal(expected, resolver.Resolve(text, Monday13Nov2023));
    }

    [Theory]
    [InlineData("The bank cut rates two years ago.", "2021")]
    [InlineData("The bank cut rates a year ago.", "2022")]
    [InlineData("The bank cut rates five months ago.", "2023-06")]
    [InlineData("The bank cut rates two weeks ago.", "2023-10-30")]
    [InlineData("The bank cut rates 10 days ago.", "2023-11-03")]
    [InlineData("The bank cut rates a week or so ago.", "2023-11-06")]
    public void Counts_back_from_publication_for_ago(string text, string expected)
    {
        Assert.Equal([expected], resolver.Resolve(text, Monday13Nov2023));
    }

    [Theory]
    [InlineData("Revenue in fiscal 2022 rose.", "2022")]
    [InlineData("The fund was founded in mid-1998.", "1998")]
    [InlineData("The record stood until 2001, when it fell.", "2001")]
    [InlineData("The 2019 season was cancelled.", "2019")]
    public void Reads_a_bare_year(string text, string expected)
    {
        Assert.Equal([expected], resolver.Resolve(text, Monday13Nov2023));
    }

    [Theory]
    [InlineData("The company sold 1901 shares on the exchange.")]
    [InlineData("Passengers on Flight 1549 were rescued.")]
    [InlineData("The city grew fast in the 1990s.")]
    [InlineData("Inflation hit 2,050 points.")]
    [InlineData("The price rose to $1999 a unit.")]
    [InlineData("It plans a station on Mars by 2950.")]
    public void Leaves_numbers_that_are_not_years(string text)
    {
        Assert.Empty(resolver.Resolve(text, Monday13Nov2023));
    }

    [Fact]
    public void Tomorrow_as_a_noun_names_no_day()
    {
        Assert.Empty(resolver.Resolve("They talked about the cities of tomorrow.", Monday13Nov2023));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        Assert.Empty(resolver.Resolve("They met on Tuesday.", null));
        Assert.Equal(["2006"], resolver.Resolve("Prices have risen since 2006.", null));
    }
}
