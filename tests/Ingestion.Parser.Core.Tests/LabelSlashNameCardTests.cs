using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelSlashNameCardTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("AUTHOR / Dana Whitcomb\n\nI grew up on the harbour and have written about its boats since 2006.")]
    [InlineData("Author | Dana Whitcomb\n\nDana Whitcomb covers the harbour and its boards for Quayside.")]
    [InlineData("AUTHOR / Dana Whitcomb\n\nWhitcomb has covered the harbour since 2006.")]
    public void A_label_and_a_name_over_the_writers_biography_are_a_card(string text)
    {
        var lines = Lines(text);

        Assert.Equal(2, LabelSlashNameCard.BiographyLine(lines, 0, lines.Count, out var name));
        Assert.Equal("Dana Whitcomb", name);
    }

    [Theory]
    [InlineData("AUTHOR / Dana Whitcomb\n\nThe trustees meet again in March to set the summer timetable.")]
    [InlineData("News / Harbour\n\nI grew up on the harbour and have written about its boats since 2006.")]
    [InlineData("AUTHOR / Dana Whitcomb\n\nI grew up on the harbour and have written about its boats since")]
    [InlineData("Home / Harbour / Ferries\n\nI grew up on the harbour and have written about its boats since 2006.")]
    public void Another_line_or_a_text_paragraph_under_it_is_no_card(string text)
    {
        var lines = Lines(text);

        Assert.Equal(-1, LabelSlashNameCard.BiographyLine(lines, 0, lines.Count, out _));
    }

    [Fact]
    public void The_card_under_the_text_is_no_body_and_names_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour trustees vote to keep the night ferry | Quayside</title></head>
            <body><div class="post-body"><h1>Harbour trustees vote to keep the night ferry</h1>
            <div class="the_content"><p>The harbour trustees voted on Tuesday to keep the night ferry running through the winter, after a crowded hearing.</p>
            <p>Riders from both shores told the board that the last boat is the only way home for workers on the late shift.</p></div>
            <div class="author_desc"><h4><b>AUTHOR</b> <span>/</span> Dana Whitcomb <span>&nbsp;</span></h4>
            <p>I grew up on the harbour and have written about its boats since 2006. I live on the east shore with two cats.</p></div>
            </div></body></html>
            """), "story.html");

        Assert.Equal(
            ["The harbour trustees voted on Tuesday to keep the night ferry running through the winter, after a crowded hearing.",
             "Riders from both shores told the board that the last boat is the only way home for workers on the late shift."],
            page.BodyParagraphs);
        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }
}
