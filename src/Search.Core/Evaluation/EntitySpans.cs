namespace Search.Core.Evaluation;

/// <summary>Reads entity names of one type ("PER", "LOC") from IOB-tagged tokens, in either the IOB1 or the IOB2 scheme.</summary>
public static class EntitySpans
{
    public static IReadOnlyList<string> Find(IEnumerable<ConllToken> tokens, string type)
    {
        var names = new List<string>();
        var current = new List<string>();
        var previousType = "O";
        foreach (var token in tokens)
        {
            var tagType = token.Tag.Length > 2 && token.Tag[1] == '-' ? token.Tag[2..] : "O";
            var begins = tagType != previousType || token.Tag.StartsWith("B-", StringComparison.Ordinal);
            if (begins || tagType != type)
            {
                Flush();
            }

            if (tagType == type)
            {
                current.Add(token.Word);
            }

            previousType = tagType;
        }

        Flush();
        return names;

        void Flush()
        {
            if (current.Count > 0)
            {
                names.Add(Detokenizer.Join(current));
                current.Clear();
            }
        }
    }
}
