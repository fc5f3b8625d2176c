namespace Search.Core.Evaluation;

/// <summary>Where each corpus and split lives under shared/, and its loader.</summary>
public static class EvaluationCorpora
{
    /// <summary>The corpus's articles and the files they came from ("corpora/conll2003/eng.testa").</summary>
    public static (string Source, IReadOnlyList<AnnotatedArticle> Articles) Load(EvaluationCorpus corpus, string sharedRoot, string split)
    {
        var train = split switch
        {
            "dev" => false,
            "train" => true,
            _ => throw new ArgumentException($"unknown split '{split}'; expected dev or train", nameof(split)),
        };

        return corpus switch
        {
            EvaluationCorpus.Conll => From($"corpora/conll2003/{(train ? "eng.train" : "eng.testa")}", ConllLoader.Load),
            EvaluationCorpus.Polnear => From($"corpora/polnear/data/{split}", path => PolnearLoader.Load(Path.Combine(sharedRoot, "corpora/polnear"), split)),

            // TimeBank has no split of its own: every split evaluates all 183 documents.
            EvaluationCorpus.Timebank => From("corpora/timebank", TimebankLoader.Load),
            _ => throw new ArgumentOutOfRangeException(nameof(corpus)),
        };

        (string, IReadOnlyList<AnnotatedArticle>) From(string relative, Func<string, IReadOnlyList<AnnotatedArticle>> load)
        {
            var path = Path.Combine(sharedRoot, relative);
            if (!Path.Exists(path))
            {
                throw new FileNotFoundException($"{path} is missing; is --shared the shared data folder?", path);
            }

            return (relative, load(path));
        }
    }
}
