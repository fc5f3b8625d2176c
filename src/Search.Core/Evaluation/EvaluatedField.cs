namespace Search.Core.Evaluation;

/// <summary>The extracted fields the evaluation scores.</summary>
public enum EvaluatedField
{
    People,
    Locations,
    Speakers,
    Dates,
    PublicationDate,
}
