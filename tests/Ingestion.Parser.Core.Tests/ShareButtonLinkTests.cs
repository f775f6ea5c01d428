using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShareButtonLinkTests
{
    [Theory]
    [InlineData("Share on Facebook")]
    [InlineData("http://ntoday.us/1eVxK2p")]
    [InlineData("www.example.com/s/88")]
    public void A_share_button_or_the_storys_short_address_is_a_share_link(string text)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><a href=\"#\">" + text + "</a></body></html>");
        Assert.True(ShareButtonLink.Is(document.QuerySelector("a")!));
    }

    [Theory]
    [InlineData("National Parks")]
    [InlineData("Http Caching")]
    public void A_topic_link_is_no_share_link(string text)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><a href=\"/tag/x\">" + text + "</a></body></html>");
        Assert.False(ShareButtonLink.Is(document.QuerySelector("a")!));
    }
}
