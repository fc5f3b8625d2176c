namespace Search.Core.Evaluation;

/// <summary>Matches an article's predicted names to its gold entities one to one.</summary>
/// <remarks>Equal keys pair first, then the field's looser rules, so a loose match never takes the entity an exact prediction was waiting for.</remarks>
public static class SetMatcher
{
    public static SetMatch Match(IEnumerable<string> predicted, IEnumerable<string> gold, INameMatcher matcher)
    {
        var predictions = predicted.Where(p => !string.IsNullOrWhiteSpace(p)).DistinctBy(matcher.Key).ToList();
        var entities = GoldGrouper.Group(gold, matcher).ToList();
        var matched = new List<(string, GoldEntity)>();

        foreach (var loose in (bool[])[false, true])
        {
            foreach (var prediction in predictions.ToList())
            {
                var key = matcher.Key(prediction);
                var entity = entities.FirstOrDefault(e => e.Forms.Any(f => loose ? matcher.Matches(prediction, f) : matcher.Key(f) == key));
                if (entity is not null)
                {
                    matched.Add((prediction, entity));
                    predictions.Remove(prediction);
                    entities.Remove(entity);
                }
            }
        }

        return new SetMatch(matched, predictions, entities);
    }
}
