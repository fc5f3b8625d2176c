namespace Search.Core.Evaluation;

/// <summary>The scores of one corpus run, how many articles it held and how long loading and extraction took.</summary>
public sealed record CorpusResult(
    EvaluationCorpus Corpus,
    string Source,
    int Articles,
    TimeSpan LoadTime,
    TimeSpan ExtractionTime,
    IReadOnlyDictionary<EvaluatedField, FieldScore> Fields,
    PublicationDateScore? PublicationDate)
{
    public double ArticlesPerSecond => ExtractionTime.TotalSeconds > 0 ? Articles / ExtractionTime.TotalSeconds : 0;
}
