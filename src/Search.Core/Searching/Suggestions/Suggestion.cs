namespace Search.Core.Searching.Suggestions;

/// <summary>A completion for what is being typed: a name or title, what it is ("speaker", "person", "place", "title"), and how many articles carry it.</summary>
public sealed record Suggestion(string Text, string Type, int Count);

/// <summary>The completions for one prefix, most used first.</summary>
public sealed record SuggestResult(string Query, double TookMs, IReadOnlyList<Suggestion> Suggestions);
