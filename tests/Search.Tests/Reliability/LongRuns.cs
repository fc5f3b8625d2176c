namespace Search.Tests.Reliability;

/// <summary>The load and kill runs measure the machine: they run alone, never beside each other or other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LongRuns
{
    public const string Name = "Long runs";
}
