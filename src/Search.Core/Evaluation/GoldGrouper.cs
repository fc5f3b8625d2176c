namespace Search.Core.Evaluation;

/// <summary>Groups an article's gold names into entities, so "Bill Clinton" and a later "Clinton" ask for one person, not two.</summary>
/// <remarks>Longest names go first; a shorter form joins the first entity it belongs to.</remarks>
public static class GoldGrouper
{
    public static IReadOnlyList<GoldEntity> Group(IEnumerable<string> gold, INameMatcher matcher)
    {
        var groups = new List<List<string>>();
        var ordered = gold
            .Where(g => !string.IsNullOrWhiteSpace(g))
            .OrderByDescending(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            .ThenByDescending(g => g.Length)
            .ThenBy(g => g, StringComparer.Ordinal);
        foreach (var name in ordered)
        {
            var key = matcher.Key(name);
            var group = groups.FirstOrDefault(forms => forms.Any(f => matcher.Key(f) == key || matcher.SameEntity(f, name)));
            if (group is null)
            {
                groups.Add([name]);
            }
            else
            {
                group.Add(name);
            }
        }

        return [.. groups.Select(forms => new GoldEntity(forms[0], forms))];
    }
}
