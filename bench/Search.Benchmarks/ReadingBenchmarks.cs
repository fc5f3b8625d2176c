using BenchmarkDotNet.Attributes;
using Search.Core.Reading;

namespace Search.Benchmarks;

/// <summary>Parsing Reuters SGML into articles; time per article (the file holds 1,000 records).</summary>
public class ReadingBenchmarks
{
    private const int RecordsInFile = 1000;
    private readonly ReutersSgmlReader reader = new();
    private SourceFile file = null!;

    [GlobalSetup]
    public void Setup() => file = ReutersSample.File();

    [Benchmark(OperationsPerInvoke = RecordsInFile)]
    public int ReadReutersSgml() => reader.Read(file).Count();
}
