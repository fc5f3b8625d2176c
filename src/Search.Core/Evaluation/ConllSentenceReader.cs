namespace Search.Core.Evaluation;

/// <summary>Reads CoNLL-2003 columns (`word POS chunk NER`, one token a line, a blank line between sentences) into sentences.</summary>
public static class ConllSentenceReader
{
    public static IReadOnlyList<IReadOnlyList<ConllToken>> Read(TextReader reader)
    {
        var sentences = new List<IReadOnlyList<ConllToken>>();
        var current = new List<ConllToken>();
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                Flush();
                continue;
            }

            // Any -DOCSTART- markers are left out: documents are found from datelines, the same way in every copy.
            if (columns[0] == "-DOCSTART-")
            {
                continue;
            }

            current.Add(new ConllToken(columns[0], columns.Length > 1 ? columns[^1] : "O"));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (current.Count > 0)
            {
                sentences.Add(current);
                current = [];
            }
        }
    }
}
