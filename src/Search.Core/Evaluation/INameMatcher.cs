namespace Search.Core.Evaluation;

/// <summary>How one field compares a predicted name with a gold one: exactly by key, then by the field's looser rules.</summary>
public interface INameMatcher
{
    /// <summary>The form two names share when they are the same name ("u.s." and "united states" for places).</summary>
    string Key(string name);

    /// <summary>Whether a predicted name counts as the gold form when their keys differ.</summary>
    bool Matches(string predicted, string gold);

    /// <summary>Whether two gold forms of one article name the same entity, so that finding it once is enough.</summary>
    bool SameEntity(string longer, string shorter);
}
