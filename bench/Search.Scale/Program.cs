using Search.Scale;

// scale generate <corpora-dir> <out-dir> <articles> [seed]   a large archive recombined from the real corpora
// scale query <index-dir> <queries.jsonl> <out.json>          the query set in-process, latency percentiles
// scale split <corpus-dir> [include-glob...]                  a build's time split: reading, extraction, indexing
// scale floor <articles.jsonl> <index-dir>                    Lucene.Net alone on the peers' input (bench/run.sh)
return args switch
{
    ["generate", var corpora, var output, var count, ..] =>
        ArchiveGenerator.Run(corpora, output, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 6),
    ["query", var index, var queries, var output] => QueryTimer.Run(index, queries, output),
    ["split", var corpus, .. var include] => BuildSplit.Run(corpus, include),
    ["floor", var articles, var index] => LuceneFloor.Run(articles, index),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: scale generate <corpora-dir> <out-dir> <articles> [seed] | scale query <index-dir> <queries.jsonl> <out.json> | scale split <corpus-dir> [include-glob...] | scale floor <articles.jsonl> <index-dir>");
    return 2;
}
