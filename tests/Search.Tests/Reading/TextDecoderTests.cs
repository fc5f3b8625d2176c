using System.Text;
using Search.Core.Reading;

namespace Search.Tests.Reading;

public class TextDecoderTests
{
    [Fact]
    public void Utf8_is_kept()
    {
        Assert.Equal("São Paulo", TextDecoder.Decode(Encoding.UTF8.GetBytes("São Paulo")));
    }

    [Fact]
    public void Latin1_bytes_are_decoded_not_replaced()
    {
        byte[] latin1 = [0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68]; // "Zürich" in ISO-8859-1
        Assert.Equal("Zürich", TextDecoder.Decode(latin1));
    }
}
