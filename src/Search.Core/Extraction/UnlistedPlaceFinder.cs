using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Finds towns the gazetteer does not list from how news introduces them: "the town of Velten", "the village of
/// Moengo", or "in Velten, Germany" (an unknown name placed in a known country or state).
/// </summary>
public sealed partial class UnlistedPlaceFinder(Lexicon lexicon)
{
    private const string Name = @"\p{Lu}[\p{L}\p{M}'\-]*[\p{L}\p{M}](?: \p{Lu}[\p{L}\p{M}'\-]*[\p{L}\p{M}])?";

    public IEnumerable<PlaceMention> Find(string text)
    {
        foreach (Match m in SettlementOfPattern().Matches(text))
        {
            if (IsPlainName(m.Groups["name"].Value))
            {
                yield return Mention(m.Groups["name"]);
            }
        }

        foreach (Match m in PlacedInPattern().Matches(text))
        {
            if (IsPlainName(m.Groups["name"].Value) && lexicon.Places.FindIgnoringCase(m.Groups["where"].Value.TrimEnd('.')) is { Kind: "country" or "state" })
            {
                yield return Mention(m.Groups["name"]);
            }
        }
    }

    private static PlaceMention Mention(Group name) => new(name.Index, name.Index + name.Length, name.Value);

    /// <summary>A name that is not already a listed place (the gazetteer reads those) nor an organisation, month or function word.</summary>
    private bool IsPlainName(string name) =>
        lexicon.Places.Find(name) is null && name.Split(' ').All(w =>
            !EnglishWords.OrganisationHeads.Contains(w) && !EnglishWords.SentenceStarters.Contains(w) && !EnglishWords.Months.Contains(w)
            && !EnglishWords.Weekdays.Contains(w) && !lexicon.Demonyms.ContainsKey(w));

    [GeneratedRegex(@"\b(?:town|city|village|port|suburb|district|province|township|hamlet|settlement|enclave) of (?<name>" + Name + @")\b")]
    private static partial Regex SettlementOfPattern();

    [GeneratedRegex(@"\b(?:in|near|outside|at) (?<name>" + Name + @"), (?<where>\p{Lu}[\p{L}\p{M}.]*(?: \p{Lu}[\p{L}\p{M}.]*)?)\b")]
    private static partial Regex PlacedInPattern();
}
