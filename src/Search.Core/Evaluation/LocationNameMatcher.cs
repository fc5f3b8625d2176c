using Search.Core.Extraction;
using Search.Core.Schema;

namespace Search.Core.Evaluation;

/// <summary>Places: the same ignoring case and accents, or the same canonical name in the gazetteer ("U.S." and "United States").</summary>
public sealed class LocationNameMatcher(Gazetteer gazetteer) : INameMatcher
{
    public LocationNameMatcher()
        : this(Lexicon.Default.Places)
    {
    }

    public string Key(string name) => NameNormalizer.Normalize(gazetteer.FindIgnoringCase(name)?.Canonical ?? name);

    public bool Matches(string predicted, string gold) => false;

    public bool SameEntity(string longer, string shorter) => false;
}
