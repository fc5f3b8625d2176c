namespace Search.Core.Evaluation;

/// <summary>A brat character range, end exclusive, counted in Unicode code points as brat's Python tools count them.</summary>
public readonly record struct BratRange(int Start, int End);
