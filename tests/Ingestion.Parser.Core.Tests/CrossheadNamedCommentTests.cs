using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CrossheadNamedCommentTests
{
    private const string Paragraph = "<p>The harbour board voted on Monday to keep the night ferry's last crossing at half past eleven through the winter.</p>";

    [Fact]
    public void A_comment_crosshead_between_the_texts_crossheads_keeps_the_paragraphs_under_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Night ferry keeps its late run</title></head><body><article><h1>Night ferry keeps its late run</h1><div id="body">
            {Paragraph}<p>Shift workers at the container terminal had asked for the late run to stay, the chair said.</p>
            <h3>The rest</h3><p>The island line keeps its summer boats until the end of October, a month longer than last year.</p>
            <h3>Comment</h3><p>The board has found the money for one more winter, but the late run will need riders to last.</p>
            <h3>Timetable</h3><p>The new timetable is posted at the terminal and on the board's website from Friday.</p>
            </div></article></body></html>
            """), "ferry.html");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The board has found the money", StringComparison.Ordinal));
        Assert.StartsWith("The new timetable is posted", page.BodyParagraphs[^1], StringComparison.Ordinal);
        Assert.Empty(page.Comments);
    }

    [Theory]
    [InlineData("<h3>Comments</h3><p>Name wrote: great news.</p>")]
    [InlineData("<h2>Ferries</h2><h3>Comments</h3><p>Name wrote: great news.</p>")]
    [InlineData("<h2>Ferries</h2><p>Text.</p><h3>Comments</h3><div class=\"c\">Name wrote: great news.</div>")]
    public void A_comment_heading_without_a_crosshead_and_a_paragraph_of_the_text_above_it_is_the_threads(string boxes)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"box\">" + Paragraph + boxes + "</div></body></html>");

        Assert.False(CrossheadNamedComment.Is(document.QuerySelector("h3")!));
    }
}
