namespace Search.Core.Evaluation;

/// <summary>One CoNLL-2003 article cut from the token stream: headline, optional byline, dateline and body sentences.</summary>
public sealed record ConllDocument(
    IReadOnlyList<ConllToken> Headline,
    IReadOnlyList<ConllToken>? Byline,
    IReadOnlyList<ConllToken> Dateline,
    IReadOnlyList<IReadOnlyList<ConllToken>> Body)
{
    /// <summary>The date that ends the dateline ("1996-08-30").</summary>
    public DateOnly Date => DateOnly.ParseExact(Dateline[^1].Word, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
