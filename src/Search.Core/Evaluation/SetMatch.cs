namespace Search.Core.Evaluation;

/// <summary>The outcome of matching one article's predicted names against its gold entities, one to one.</summary>
public sealed record SetMatch(
    IReadOnlyList<(string Predicted, GoldEntity Gold)> Matched,
    IReadOnlyList<string> FalsePositives,
    IReadOnlyList<GoldEntity> Misses);
