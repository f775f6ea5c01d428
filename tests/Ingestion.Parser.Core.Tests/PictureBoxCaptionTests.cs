using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureBoxCaptionTests
{
    [Fact]
    public void The_paragraph_under_the_picture_in_a_picture_box_is_its_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"longText\"><p>The town hall reopened on Monday.</p><div class=\"picBox medium\"><a class=\"overlayLink\" href=\"#\"><img src=\"a.jpg\" alt=\"Plaque (Lena Voss)\"></a>"
            + "<p>The new plaque on the town hall</p></div><p>It had been closed for two years.</p></div></body></html>");

        Assert.Equal(["The new plaque on the town hall"], HtmlCaptions.Read(document));
        Assert.Equal(2, document.QuerySelectorAll("p").Length);
    }

    [Theory]
    [InlineData("<div class=\"picBox full\"><a href=\"#\"><img src=\"a.jpg\" alt=\"\"></a><p></p></div>")]
    [InlineData("<div class=\"story\"><a href=\"#\"><img src=\"a.jpg\" alt=\"\"></a><p>The town hall reopened on Monday after two years.</p></div>")]
    [InlineData("<div class=\"picBox\"><a href=\"#\"><img src=\"a.jpg\" alt=\"\"></a><p>Read <a href=\"/more\">the full report</a></p></div>")]
    public void An_empty_paragraph_a_box_that_names_no_picture_or_a_link_line_is_no_caption(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }
    [Fact]
    public void Italics_after_a_line_break_under_the_picture_in_a_picture_box_are_its_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"body\"><div class=\"photobox_right\"><img src=\"a.jpg\" alt=\"runner on a track\"><br>"
            + "<em>A new trial looks at how long the benefit of a morning run lasts.</em></div><p>Runners have long said so.</p></div></body></html>");

        Assert.Equal(["A new trial looks at how long the benefit of a morning run lasts."], HtmlCaptions.Read(document));
        Assert.Null(document.QuerySelector("em"));
    }

    [Theory]
    [InlineData("<div class=\"photobox_right\"><img src=\"a.jpg\" alt=\"\"><br><em>Dana Ruiz</em>, who ran the clinic for ten years.</div>")]
    [InlineData("<div class=\"story\"><img src=\"a.jpg\" alt=\"\"><br><em>A new trial looks at how long the benefit lasts.</em></div>")]
    [InlineData("<div class=\"photobox\"><img src=\"a.jpg\" alt=\"\"><br><em>Read <a href=\"/more\">the full study</a></em></div>")]
    public void Italics_that_are_part_of_a_line_in_a_box_that_names_no_picture_or_a_link_are_no_caption(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }

    [Fact]
    public void Italics_that_link_their_credit_in_closing_parentheses_are_the_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"entry-body\"><div class=\"image-none\"><img src=\"a.jpg\" alt=\"a.jpg\"> <br> "
            + "<i> The old ferry office is now a bike store. (<a href=\"https://photos.example/kgrey\">Kit Grey</a>/Flickr)</i></div>"
            + "<p>The ferry office closed in 1998.</p></div></body></html>");

        Assert.Equal(["The old ferry office is now a bike store. (Kit Grey/Flickr)"], HtmlCaptions.Read(document));
        Assert.Null(document.QuerySelector("i"));
    }

    [Fact]
    public void A_floated_picture_box_before_the_text_gives_its_caption_not_a_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>The ferry office: Harbor Notes</title></head><body><h1>The ferry office</h1><div class="entry-body">
            <p>The ferry office on the quay closed in 1998, when the last boat to the islands was withdrawn by the county.</p>
            <p><span class="mt-enclosure"> <div class="image-right"> <img alt="ad1952.jpg" src="ad1952.jpg" width="360"> <br> <i> Posters looked better in 1952. (<a href="/wiki/poster">Public domain</a>)</i></div> </span>The building stood empty for years before a bicycle shop moved in, keeping the old timetable boards on the walls.</p>
            <p>The owners say visitors still come in asking for tickets to the islands, most of them in summer.</p>
            </div></body></html>
            """), "page.html");

        Assert.Equal(["Posters looked better in 1952. (Public domain)"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Posters", StringComparison.Ordinal));
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
