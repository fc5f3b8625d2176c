using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class EvaluationPlanTests
{
    private static Dictionary<EvaluationCorpus, EvaluatedField[]> Plan(string set) =>
        EvaluationPlan.For(set).ToDictionary(p => p.Corpus, p => p.Fields.Order().ToArray());

    [Fact]
    public void Each_set_scores_its_own_fields()
    {
        Assert.Equal([EvaluatedField.People, EvaluatedField.Locations], Assert.Single(Plan("conll")).Value);
        Assert.Equal([EvaluatedField.Speakers], Plan("polnear")[EvaluationCorpus.Polnear]);
        Assert.Equal([EvaluatedField.Dates], Plan("timebank")[EvaluationCorpus.Timebank]);
    }

    [Fact]
    public void Pubdate_runs_conll_and_polnear_for_the_publication_date_only()
    {
        var plan = Plan("pubdate");

        Assert.Equal([EvaluationCorpus.Conll, EvaluationCorpus.Polnear], plan.Keys);
        Assert.All(plan.Values, fields => Assert.Equal([EvaluatedField.PublicationDate], fields));
    }

    [Fact]
    public void All_runs_every_field()
    {
        var fields = Plan("all").Values.SelectMany(f => f).Distinct().Order();

        Assert.Equal(Enum.GetValues<EvaluatedField>().Order(), fields);
    }

    [Fact]
    public void Unknown_set_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EvaluationPlan.For("reuters"));
    }
}
