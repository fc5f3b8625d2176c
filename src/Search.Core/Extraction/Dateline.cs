namespace Search.Core.Extraction;

/// <summary>A parsed dateline: the places it names and the day it gives (the year only when printed).</summary>
public sealed record Dateline(IReadOnlyList<string> Places, int? Month, int? Day, int? Year, int Length);
