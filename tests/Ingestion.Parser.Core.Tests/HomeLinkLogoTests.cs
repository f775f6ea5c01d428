using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HomeLinkLogoTests
{
    [Theory]
    [InlineData("http://www.ridgewaygazette.com/default.asp")]
    [InlineData("http://www.ridgewaygazette.com/")]
    [InlineData("http://www.ridgewaygazette.com")]
    [InlineData("/index.php")]
    public void A_link_to_the_root_or_its_default_document_is_home(string href) => Assert.True(HomeLinkLogo.IsHomeAddress(href));

    [Theory]
    [InlineData("http://www.ridgewaygazette.com/news.asp?id=18800")]
    [InlineData("/ads/click.asp?id=211")]
    [InlineData("default.asp")]
    public void Other_links_are_not(string href) => Assert.False(HomeLinkLogo.IsHomeAddress(href));

    [Fact]
    public void The_masthead_picture_linking_home_names_the_site()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><table><tr><td><a href=\"http://www.ridgewaygazette.com/ads/click.asp?id=2\"><img src=\"b.gif\" alt=\"Pike County Bank\"></a>"
            + "<a href=\"http://www.ridgewaygazette.com/default.asp\"><img src=\"m.gif\" alt=\"The Ridgeway Gazette\"></a></td></tr></table></body></html>");
        Assert.Equal("The Ridgeway Gazette", HomeLinkLogo.Find(document));
    }

    [Fact]
    public void A_page_without_a_home_link_picture_gives_none()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><a href=\"/news/1\"><img src=\"a.jpg\" alt=\"Crews at work\"></a></body></html>");
        Assert.Null(HomeLinkLogo.Find(document));
    }

    [Fact]
    public void A_platform_badge_linking_to_another_sites_home_names_no_site()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><a href=\"http://blog.example.org/a\">A</a><a href=\"http://blog.example.org/b\">B</a><a href=\"http://blog.example.org/c\">C</a>"
            + "<a href=\"http://www.typepad.com/\"><img src=\"p.gif\" alt=\"Powered by TypePad\"></a></body></html>");
        Assert.Null(HomeLinkLogo.Find(document));
    }
}
