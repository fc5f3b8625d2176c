namespace Search.Core.Evaluation;

/// <summary>One gold entity of an article and every form the annotation writes it in ("Bill Clinton", "Clinton").</summary>
public sealed record GoldEntity(string Name, IReadOnlyList<string> Forms);
