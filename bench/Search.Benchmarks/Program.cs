using System.Runtime.CompilerServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Fewer iterations than BenchmarkDotNet's default, so the whole suite fits in a few minutes on 2 cores;
// every benchmark reports time per article (or per query) and allocations. Reports go to bench/work/benchmarks
// (ignored by git) unless --artifacts says otherwise. The generated benchmark project rebuilds Search.Core,
// which can take more than the default 2 minutes on a busy 2-core machine.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(8).WithId("bench"))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithBuildTimeout(TimeSpan.FromMinutes(10))
    .WithArtifactsPath(Path.GetFullPath(Path.Combine(ProjectFolder(), "..", "work", "benchmarks")));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

// The folder of this source file, as the compiler saw it: bench/Search.Benchmarks.
static string ProjectFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? ".";
