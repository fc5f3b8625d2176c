using Search.Core.Evaluation;
using Search.Core.Extraction;
using Search.Tests.Fixtures;

namespace Search.Tests.Evaluation;

public class SharedCorporaEvaluationTests
{
    [SkippableFact]
    public void Dev_sets_load_and_score_between_zero_and_one()
    {
        SharedData.Require("corpora/conll2003");
        SharedData.Require("corpora/polnear");
        SharedData.Require("corpora/timebank");
        var runner = new EvaluationRunner(ArticleEnricher.CreateDefault());

        var results = EvaluationPlan.For("all").ToDictionary(p => p.Corpus, p => runner.Run(p, SharedData.Root!, "dev"));

        Assert.InRange(results[EvaluationCorpus.Conll].Articles, 190, 230);
        Assert.InRange(results[EvaluationCorpus.Polnear].Articles, 80, 90);
        Assert.InRange(results[EvaluationCorpus.Timebank].Articles, 170, 190);
        Assert.All(results.Values.SelectMany(r => r.Fields.Values), score =>
        {
            Assert.True(score.Gold > 0);
            Assert.InRange(score.F1, 0, 1);
            Assert.InRange(score.Precision, 0, 1);
            Assert.InRange(score.Recall, 0, 1);
        });
        Assert.All(results.Values.Where(r => r.PublicationDate is not null), r => Assert.InRange(r.PublicationDate!.Accuracy, 0, 1));

        // People, locations and publication date on CoNLL; speakers and publication date on PolNeAR; dates on TimeBank.
        Assert.Equal(6, results.Values.Sum(r => r.Fields.Count + (r.PublicationDate is null ? 0 : 1)));
    }
}
