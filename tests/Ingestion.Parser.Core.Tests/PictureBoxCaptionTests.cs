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
}
