using System.CommandLine;
using Search.Indexer.Commands;

var root = new RootCommand("Builds and inspects the news archive search index.")
{
    BuildCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
};

return root.Parse(args).Invoke();
