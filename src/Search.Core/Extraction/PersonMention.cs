namespace Search.Core.Extraction;

/// <summary>A person named in the text, at a character span, under the fullest name the article gives.</summary>
public sealed record PersonMention(int Start, int End, string Name);
