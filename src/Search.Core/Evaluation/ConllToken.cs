namespace Search.Core.Evaluation;

/// <summary>One CoNLL-2003 token: the word and its IOB entity tag ("B-PER", "I-LOC", "O").</summary>
public sealed record ConllToken(string Word, string Tag);
