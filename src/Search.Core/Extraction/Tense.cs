namespace Search.Core.Extraction;

/// <summary>Which way a clause points from the publication date, as far as its words tell.</summary>
public enum Tense
{
    Unknown,
    Past,
    Future,
}
