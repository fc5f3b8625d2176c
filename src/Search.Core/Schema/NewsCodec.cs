using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Search.Core.Schema;

/// <summary>
/// The index's file format: Lucene 4.6's, except that stored fields are compressed in 4 KB chunks instead of 16 KB.
/// Loading a hit decompresses its chunk from the start up to the hit, so every page of results paid for about 8 KB
/// of other articles (and their quotes) per hit; that was a quarter of a search's CPU.
/// </summary>
[CodecName("News48")]
public sealed class NewsCodec() : FilterCodec(new Lucene46Codec())
{
    private const int StoredFieldsChunkSize = 4 * 1024;

    private static readonly StoredFieldsFormat StoredFields =
        new CompressingStoredFieldsFormat("NewsStoredFields", CompressionMode.FAST, StoredFieldsChunkSize);

    private static int registered;

    public override StoredFieldsFormat StoredFieldsFormat => StoredFields;

    /// <summary>
    /// Lets Lucene find this format by the name each segment records. Both programs call it before they open an index;
    /// indexes written before it (plain Lucene 4.6) stay readable.
    /// </summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(NewsCodec)] });
        }
    }
}
