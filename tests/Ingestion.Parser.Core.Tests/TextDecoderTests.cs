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

    [Fact]
    public void Windows_1250_declared_by_an_upper_case_http_equiv_reads_its_c1_letters()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1250\"></head><body>„Źródło” – śnieg</body></html>";

        Assert.Contains("„Źródło” – śnieg", TextDecoder.Decode(Encoding.GetEncoding(1250).GetBytes(html), mayBeHtml: true), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_meta_that_names_another_charset()
    {
        var html = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"></head><body>Lunedì “città” €</body></html>";

        Assert.Contains("Lunedì “città” €", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)], mayBeHtml: true), StringComparison.Ordinal);
        Assert.Contains("Lunedì “città” €", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(html.Replace("iso-8859-1", "unicode", StringComparison.Ordinal))], mayBeHtml: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_declared_late_after_a_long_script_reads_as_utf8()
    {
        var html = $"<html><head><script>{new string('x', 1600)}</script><meta charset=\"utf-8\"></head><body>Syrië, vóór ‘medio 2014’</body></html>";

        Assert.Contains("Syrië, vóór ‘medio 2014’", TextDecoder.Decode(Encoding.UTF8.GetBytes(html), mayBeHtml: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_bytes_in_declared_utf8_become_replacement_characters_and_keep_the_rest()
    {
        byte[] bytes = [.. "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>£5 back: "u8, 0x93, .. "We are monitoring"u8, 0x94, .. " It"u8, 0x92, .. "s the caf"u8, 0xC3, .. " on the dock.</body></html>"u8];

        Assert.Contains("£5 back: \uFFFDWe are monitoring\uFFFD It\uFFFDs the caf\uFFFD on the dock.", TextDecoder.Decode(bytes, mayBeHtml: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_without_any_declaration_reads_its_c1_punctuation()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><title>x</title></head><body>¿Cáritas? “18.000 €” ¡Sí!</body></html>";

        Assert.Contains("¿Cáritas? “18.000 €” ¡Sí!", TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(html), mayBeHtml: true), StringComparison.Ordinal);
    }
}
