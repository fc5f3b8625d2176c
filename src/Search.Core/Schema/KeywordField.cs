using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Search.Core.Schema;

/// <summary>
/// A whole-value keyword, indexed as one term exactly like Lucene's <see cref="StringField"/>, but cheaper to
/// index: a StringField builds a new token stream for every field it indexes (and registers its attributes under a
/// lock all indexing threads share), while this one reuses one stream per thread.
/// </summary>
public sealed class KeywordField(string name, string value, Field.Store store)
    : Field(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static OneTokenStream? reused;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        // Lucene consumes a field's stream to the end before it asks the next field for one, so one per thread is enough.
        var stream = reused ??= new OneTokenStream();
        stream.SetValue(GetStringValue());
        return stream;
    }

    /// <summary>The value as its only token, with the offsets a StringField gives it.</summary>
    private sealed class OneTokenStream : TokenStream
    {
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private string value = string.Empty;
        private bool used;

        public OneTokenStream()
        {
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public void SetValue(string text) => value = text;

        public override bool IncrementToken()
        {
            if (used)
            {
                return false;
            }

            ClearAttributes();
            term.Append(value);
            offset.SetOffset(0, value.Length);
            used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(value.Length, value.Length);
        }

        public override void Reset() => used = false;
    }
}
