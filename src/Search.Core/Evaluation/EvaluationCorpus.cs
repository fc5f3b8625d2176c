namespace Search.Core.Evaluation;

/// <summary>The annotated corpora under shared/corpora that the evaluation reads.</summary>
public enum EvaluationCorpus
{
    Conll,
    Polnear,
    Timebank,
}
