using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PanelTitleCaptionTests
{
    [Fact]
    public void A_panels_title_bar_classed_caption_is_no_photo_caption()
    {
        var page = SerialChapterPage.Parse();

        Assert.Empty(page.Captions);
    }

    [Theory]
    [InlineData("<div class=\"portlet-title\"><div id=\"c\" class=\"caption\">Writer profile</div></div>", true)]
    [InlineData("<div class=\"panel-heading\"><span id=\"c\" class=\"caption\">Badges</span></div>", true)]
    [InlineData("<div class=\"photo-title\"><img src=\"/a.jpg\"><div id=\"c\" class=\"caption\">The ferry at dawn.</div></div>", false)]
    [InlineData("<figure><img src=\"/a.jpg\"><div id=\"c\" class=\"caption\">The ferry at dawn.</div></figure>", false)]
    public void Only_a_caption_in_a_title_bar_without_a_picture_heads_a_panel(string html, bool panel)
    {
        using var document = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");

        Assert.Equal(panel, PanelTitleCaption.Is(document.GetElementById("c")!));
    }
}
