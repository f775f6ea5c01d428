using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextBrowserListGlyphTests
{
    [Theory]
    [InlineData("o harborview_dan — 3/15/2016 9:30:05 AM", true)]
    [InlineData("# Lara_Q", true)]
    [InlineData("@ Tom Hensley Oct 5, 2023 7:40 pm", true)]
    [InlineData("or maybe not, the council never said", false)]
    [InlineData("o", false)]
    [InlineData("o  ", false)]
    [InlineData("#1 Name", false)]
    [InlineData("@Lara_Q you are right", false)]
    public void Tells_a_text_browsers_list_glyph_from_a_word(string line, bool expected) =>
        Assert.Equal(expected, TextBrowserListGlyph.Opens(line));

    [Fact]
    public void A_comment_header_after_the_glyph_reads_as_a_bulleted_header()
    {
        var name = CommentLine.StripMarker("o Ed Brandt — 3/15/2016 9:30:05 AM", out var marker).ToString();

        Assert.Equal(CommentLine.Marker.Bullet, marker);
        Assert.Equal("Ed Brandt — 3/15/2016 9:30:05 AM", name);
    }

    [Fact]
    public void A_lone_link_item_nested_in_a_numbered_item_keeps_its_bullet()
    {
        var lines = new List<TextLine> { new(2, "2. Dyan S"), new(0, ""), new(4, "Will Israel disarm?"), new(0, ""), new(4, "* Alex279"), new(0, ""), new(6, "No.") };
        var flat = new List<TextLine> { new(2, "Dyan S"), new(0, ""), new(4, "* Log in or register to post comments"), new(0, "") };

        Assert.Equal("* Alex279", RenderedFormResidue.Clean(lines)[4].Text);
        Assert.Equal("Log in or register to post comments", RenderedFormResidue.Clean(flat)[2].Text);
    }
}
