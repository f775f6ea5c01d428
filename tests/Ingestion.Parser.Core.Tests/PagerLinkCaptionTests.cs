using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PagerLinkCaptionTests
{
    private static bool IsPager(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        return PagerLinkCaption.Is(document.QuerySelector("[class*='caption']")!);
    }

    [Theory]
    [InlineData("<a href=\"/ch2\"><p class=\"footer-caption\">Previous</p><p class=\"chapter-link\">Chapter 2 - Tides</p></a>")]
    [InlineData("<a href=\"/ch4\"><p class=\"footer-caption\">Next</p><p>Chapter 4 - Crews</p></a>")]
    [InlineData("<a href=\"/older\"><span class=\"nav-caption\">« Older</span></a>")]
    public void A_pager_word_in_a_link_captions_nothing(string markup) => Assert.True(IsPager(markup));

    [Theory]
    [InlineData("<a href=\"/photo\"><img src=\"a.jpg\"><p class=\"caption\">Next</p></a>")]
    [InlineData("<a href=\"/ch4\"><p class=\"caption\">Next stop: the harbour at dawn</p></a>")]
    [InlineData("<figure><img src=\"a.jpg\"><p class=\"caption\">Next</p></figure>")]
    public void A_pictures_caption_or_a_longer_caption_stays_one(string markup) => Assert.False(IsPager(markup));
}
