namespace Search.Core.Articles;

/// <summary>A direct or reported statement and the person or organisation it is attributed to.</summary>
public sealed record Quote(string Speaker, string Text);
