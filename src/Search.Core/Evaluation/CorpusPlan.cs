namespace Search.Core.Evaluation;

/// <summary>One corpus to run extraction over and the fields to score on it.</summary>
public sealed record CorpusPlan(EvaluationCorpus Corpus, IReadOnlySet<EvaluatedField> Fields);
