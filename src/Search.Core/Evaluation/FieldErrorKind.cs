namespace Search.Core.Evaluation;

/// <summary>Whether an error is a gold item extraction missed or a prediction that matches no gold item.</summary>
public enum FieldErrorKind
{
    Miss,
    FalsePositive,
}
