using System.Text;

namespace Search.Core.Evaluation;

/// <summary>Turns Penn-Treebank-style tokens back into prose, so extraction reads text as an archive holds it.</summary>
/// <remarks>"Shearer 's side , " he said ." becomes "Shearer's side," he said."</remarks>
public sealed class Detokenizer
{
    private static readonly HashSet<string> Clitics = new(StringComparer.OrdinalIgnoreCase) { "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'" };
    private static readonly HashSet<string> ClosingPunctuation = [".", ",", ";", ":", "?", "!", ")", "]", "}", "%", "...", ".."];
    private static readonly HashSet<string> OpeningPunctuation = ["(", "[", "{"];

    // A straight double quote opens or closes depending on the ones before it, across sentences of the same article.
    private bool quoteOpen;
    private bool carriedQuote;

    /// <summary>Joins one span of tokens, such as an entity name, with no quote state carried over.</summary>
    public static string Join(IEnumerable<string> tokens) => new Detokenizer().Sentence(tokens);

    /// <summary>Joins the next sentence of a text; a sentence that starts with a quote opens one.</summary>
    public string Sentence(IEnumerable<string> tokens)
    {
        var words = tokens.ToList();

        if (carriedQuote)
        {
            words.Insert(0, "\"");
        }

        // The tokenizer sometimes leaves a quote that opens the next sentence at the end of this one ('said . "').
        carriedQuote = words.Count > 1 && words[^1] == "\"" && !quoteOpen && words.Count(w => w == "\"") % 2 == 1;
        if (carriedQuote)
        {
            words.RemoveAt(words.Count - 1);
        }

        var builder = new StringBuilder();
        var glueNext = true;
        var first = true;
        foreach (var token in words)
        {
            var glue = glueNext;
            glueNext = false;
            if (token == "\"")
            {
                quoteOpen = first || !quoteOpen;
                glue |= !quoteOpen;
                glueNext = quoteOpen;
            }
            else if (Clitics.Contains(token) || ClosingPunctuation.Contains(token))
            {
                glue = true;
            }
            else if (OpeningPunctuation.Contains(token) || token.EndsWith('$'))
            {
                glueNext = true;
            }

            if (!glue)
            {
                builder.Append(' ');
            }

            builder.Append(token);
            first = false;
        }

        return builder.ToString();
    }
}
