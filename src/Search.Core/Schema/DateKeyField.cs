using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Search.Core.Schema;

/// <summary>
/// An indexed int for range filters, indexed exactly like Lucene's <see cref="Int32Field"/> (same trie terms, same
/// precision step), but with one numeric token stream per thread instead of a new one for every field.
/// </summary>
public sealed class DateKeyField : Field
{
    [ThreadStatic]
    private static NumericTokenStream? reused;

    public DateKeyField(string name, int value)
        : base(name, Int32Field.TYPE_NOT_STORED)
    {
        FieldsData = value;
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        // Lucene consumes a field's stream to the end before it asks the next field for one, so one per thread is enough.
        var stream = reused ??= new NumericTokenStream(Int32Field.TYPE_NOT_STORED.NumericPrecisionStep);
        stream.SetInt32Value((int)FieldsData);
        return stream;
    }
}
