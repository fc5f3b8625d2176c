namespace Search.Core.Evaluation;

/// <summary>Micro-averaged precision, recall and F1 of one field over a corpus, with every error kept for inspection.</summary>
public sealed class FieldScore
{
    private readonly List<FieldError> errors = [];

    public int Articles { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int Gold => TruePositives + FalseNegatives;

    public int Predicted => TruePositives + FalsePositives;

    /// <summary>0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>0 when there was nothing to find.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public IReadOnlyList<FieldError> Errors => errors;

    public void Add(string articleId, SetMatch match, IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        Articles++;
        TruePositives += match.Matched.Count;
        FalsePositives += match.FalsePositives.Count;
        FalseNegatives += match.Misses.Count;
        errors.AddRange(match.Misses.Select(m => new FieldError(articleId, FieldErrorKind.Miss, string.Join(" / ", m.Forms), predicted, gold)));
        errors.AddRange(match.FalsePositives.Select(p => new FieldError(articleId, FieldErrorKind.FalsePositive, p, predicted, gold)));
    }

    /// <summary>Up to <paramref name="count"/> errors of a kind, from as many different articles as there are.</summary>
    public IReadOnlyList<FieldError> Examples(FieldErrorKind kind, int count)
    {
        var ofKind = errors.Where(e => e.Kind == kind).ToList();
        var firstPerArticle = ofKind.DistinctBy(e => e.ArticleId).ToList();
        return [.. firstPerArticle.Concat(ofKind.Except(firstPerArticle)).Take(count)];
    }
}
