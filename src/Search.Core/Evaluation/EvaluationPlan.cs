namespace Search.Core.Evaluation;

/// <summary>Which corpora each `--set` runs and which fields it scores on them.</summary>
/// <remarks>
/// conll scores people and locations, polnear speakers, timebank dates; pubdate scores the publication date on CoNLL
/// (the dateline's date) and PolNeAR (the publisher's date); all runs every one of them.
/// </remarks>
public static class EvaluationPlan
{
    public static IReadOnlyList<string> Sets { get; } = ["conll", "polnear", "timebank", "pubdate", "all"];

    public static IReadOnlyList<CorpusPlan> For(string set)
    {
        var all = set == "all";
        if (!all && !Sets.Contains(set))
        {
            throw new ArgumentException($"unknown set '{set}'; expected one of {string.Join(", ", Sets)}", nameof(set));
        }

        var pubdate = all || set == "pubdate";
        var plans = new List<CorpusPlan>();
        Add(EvaluationCorpus.Conll, all || set == "conll", [EvaluatedField.People, EvaluatedField.Locations], pubdate);
        Add(EvaluationCorpus.Polnear, all || set == "polnear", [EvaluatedField.Speakers], pubdate);
        Add(EvaluationCorpus.Timebank, all || set == "timebank", [EvaluatedField.Dates], false);
        return plans;

        void Add(EvaluationCorpus corpus, bool selected, EvaluatedField[] fields, bool withPublicationDate)
        {
            var chosen = new HashSet<EvaluatedField>(selected ? fields : []);
            if (withPublicationDate)
            {
                chosen.Add(EvaluatedField.PublicationDate);
            }

            if (chosen.Count > 0)
            {
                plans.Add(new CorpusPlan(corpus, chosen));
            }
        }
    }
}
