namespace Search.Core.Evaluation;

/// <summary>One miss or false positive of a field, with the article's whole predicted and gold sets for context.</summary>
public sealed record FieldError(string ArticleId, FieldErrorKind Kind, string Item, IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold);
