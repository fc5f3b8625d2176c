namespace Search.Core.Evaluation;

/// <summary>Values that only match when written the same, such as ISO dates ("1998-02" is not "1998-02-13").</summary>
public sealed class ExactValueMatcher : INameMatcher
{
    public string Key(string name) => name.Trim();

    public bool Matches(string predicted, string gold) => false;

    public bool SameEntity(string longer, string shorter) => false;
}
