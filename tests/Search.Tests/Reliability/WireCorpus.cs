using System.Text;
using Search.Tests.Fixtures;

namespace Search.Tests.Reliability;

/// <summary>
/// Generated JSON Lines wire stories, all dated in one year and all about the budget: in an index built from one such
/// corpus, a search for "budget" finds every article and its year facet names that year alone, so any answer shows
/// which corpus, old or new, the index it came from was built from.
/// </summary>
public static class WireCorpus
{
    public static TempCorpus Create(int files, int perFile, int year)
    {
        var corpus = new TempCorpus();
        for (var file = 0; file < files; file++)
        {
            var lines = new StringBuilder();
            for (var i = 0; i < perFile; i++)
            {
                var day = (i % 28) + 1;
                lines.Append($$"""{"id": "wire-{{year}}-{{file}}-{{i}}", "title": "Budget wire {{file}}-{{i}}", "body": "BERLIN, May {{day}} - Talks on the budget continued on Tuesday, said finance minister Klara Weber. \"We are close,\" Weber said. Officials in Paris and Rome agreed.", "date": "{{year}}-05-{{day:00}}"}""").Append('\n');
            }

            corpus.Write($"wire/{year}-{file:000}.jsonl", lines.ToString());
        }

        return corpus;
    }
}
