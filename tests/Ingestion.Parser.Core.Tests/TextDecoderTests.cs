using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextDecoderTests
{
    private const string Text = "Café “quoted” – naïve €2";

    [Fact]
    public void Utf8_with_and_without_bom_decodes() =>
        Assert.All(
            new[] { Encoding.UTF8.GetBytes(Text), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)] },
            bytes => Assert.Equal(Text, TextDecoder.Decode(bytes, mayBeHtml: false)));

    [Fact]
    public void Utf16_with_bom_decodes_in_both_byte_orders()
    {
        Assert.Equal(Text, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)], mayBeHtml: false));
        Assert.Equal(Text, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)], mayBeHtml: false));
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_by_its_nul_bytes()
    {
        Assert.Equal(Text, TextDecoder.Decode(Encoding.Unicode.GetBytes(Text), mayBeHtml: false));
        Assert.Equal(Text, TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(Text), mayBeHtml: false));
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, 0x20, 0x93, .. "quoted"u8, 0x94, 0x20, 0x80, .. "2"u8];

        Assert.Equal("Café “quoted” €2", TextDecoder.Decode(bytes, mayBeHtml: false));
    }

    [Fact]
    public void Utf8_cut_off_mid_character_keeps_its_other_characters()
    {
        var bytes = Encoding.UTF8.GetBytes(Text + " Grü")[..^1];

        Assert.Equal(Text + " Gr\u00C3", TextDecoder.Decode(bytes, mayBeHtml: false));
    }

    [Fact]
    public void Windows_1252_bytes_inside_utf8_are_read_as_windows_1252()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Text), .. " Gr"u8, 0xF6, 0xDF, .. "e "u8, 0x93, .. "quoted"u8, 0x94];

        Assert.Equal(Text + " Größe “quoted”", TextDecoder.Decode(bytes, mayBeHtml: false));
    }

    [Fact]
    public void An_encoded_lone_surrogate_inside_utf8_leaves_the_rest_utf8()
    {
        byte[] bytes = [.. "🎉 before "u8, 0xED, 0xA0, 0x80, .. " after – done"u8];

        var text = TextDecoder.Decode(bytes, mayBeHtml: false);

        Assert.StartsWith("🎉 before ", text, StringComparison.Ordinal);
        Assert.EndsWith(" after – done", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_charset_is_honoured_for_html_that_is_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"iso-8859-2\"></head><body>Łódź</body></html>";
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(html);

        Assert.Contains("Łódź", TextDecoder.Decode(bytes, mayBeHtml: true), StringComparison.Ordinal);
    }
}
