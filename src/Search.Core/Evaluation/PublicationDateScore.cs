namespace Search.Core.Evaluation;

/// <summary>How often the resolved publication date is the gold one, with the wrong and missing ones kept for inspection.</summary>
public sealed class PublicationDateScore
{
    private readonly List<(string ArticleId, DateOnly? Predicted, DateOnly Gold)> wrong = [];

    public int Articles { get; private set; }

    public int Correct { get; private set; }

    /// <summary>Articles for which no date was resolved at all (counted as wrong).</summary>
    public int Missing { get; private set; }

    public double Accuracy => Articles == 0 ? 0 : (double)Correct / Articles;

    public IReadOnlyList<(string ArticleId, DateOnly? Predicted, DateOnly Gold)> Wrong => wrong;

    public void Add(string articleId, DateOnly? predicted, DateOnly gold)
    {
        Articles++;
        if (predicted == gold)
        {
            Correct++;
            return;
        }

        Missing += predicted is null ? 1 : 0;
        wrong.Add((articleId, predicted, gold));
    }
}
