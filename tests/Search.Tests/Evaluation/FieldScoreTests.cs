using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class FieldScoreTests
{
    private static readonly ExactValueMatcher Exact = new();

    private static FieldScore Score(params (string Id, string[] Predicted, string[] Gold)[] articles)
    {
        var score = new FieldScore();
        foreach (var (id, predicted, gold) in articles)
        {
            score.Add(id, SetMatcher.Match(predicted, gold, Exact), predicted, gold);
        }

        return score;
    }

    [Fact]
    public void Precision_recall_and_f1_are_micro_averaged_over_articles()
    {
        var score = Score(("a", ["x", "y"], ["x"]), ("b", ["p"], ["p", "q", "r"]));

        Assert.Equal(2, score.TruePositives);
        Assert.Equal(1, score.FalsePositives);
        Assert.Equal(2, score.FalseNegatives);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 4, score.Recall, 6);
        Assert.Equal(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), score.F1, 6);
    }

    [Fact]
    public void Nothing_predicted_or_nothing_to_find_scores_zero_not_nan()
    {
        var score = Score(("a", [], []));

        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.Equal(0, score.F1);
    }

    [Fact]
    public void Examples_come_from_different_articles_first()
    {
        var score = Score(("a", [], ["1", "2", "3"]), ("b", ["9"], ["4"]));

        var misses = score.Examples(FieldErrorKind.Miss, 3);

        Assert.Equal(["a", "b", "a"], misses.Select(m => m.ArticleId));
        Assert.Equal(["4"], misses[1].Gold);
        Assert.Equal("9", Assert.Single(score.Examples(FieldErrorKind.FalsePositive, 5)).Item);
    }

    [Fact]
    public void Publication_date_accuracy_counts_missing_dates_as_wrong()
    {
        var score = new PublicationDateScore();
        score.Add("a", new DateOnly(1996, 8, 30), new DateOnly(1996, 8, 30));
        score.Add("b", null, new DateOnly(1996, 8, 30));
        score.Add("c", new DateOnly(1996, 8, 29), new DateOnly(1996, 8, 30));

        Assert.Equal(1.0 / 3, score.Accuracy, 6);
        Assert.Equal(1, score.Missing);
        Assert.Equal(["b", "c"], score.Wrong.Select(w => w.ArticleId));
    }
}
