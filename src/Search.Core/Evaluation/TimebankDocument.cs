namespace Search.Core.Evaluation;

/// <summary>A TimeBank article: its id, creation date (DCT), title, plain text, and the dates its TIMEX3 tags resolve to.</summary>
public sealed record TimebankDocument(string DocId, DateOnly CreationDate, string Title, string Text, IReadOnlyList<string> Dates);
