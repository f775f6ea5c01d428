using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BarJoinedSiteTaglineTests
{
    [Theory]
    [InlineData("港湾ポータル|最新のニュースをお届け！", "フェリー運賃を5月から値上げ|港湾ポータル", "港湾ポータル")]
    [InlineData("Harbor Portal｜News for the bay", "Ferry fares rise in May｜Harbor Portal", "Harbor Portal")]
    public void A_name_barred_to_its_slogan_gives_the_name_the_share_title_ends_with(string siteName, string shareTitle, string expected) =>
        Assert.Equal(expected, BarJoinedSiteTagline.Shorten(siteName, shareTitle));

    [Theory]
    [InlineData("港湾ポータル|最新のニュースをお届け！", "フェリー運賃を5月から値上げ")]
    [InlineData("港湾ポータル|最新のニュースをお届け！", "フェリー運賃を5月から値上げ 港湾ポータル")]
    [InlineData("Harbor Portal | News for the bay", "Ferry fares rise in May | Harbor Portal")]
    [InlineData("港湾ポータル|最新のニュースをお届け！", null)]
    public void A_share_title_that_does_not_end_with_the_name_after_a_bar_leaves_the_site_name(string siteName, string? shareTitle) =>
        Assert.Equal(siteName, BarJoinedSiteTagline.Shorten(siteName, shareTitle));

    [Fact]
    public void The_share_titles_site_suffix_goes_and_the_site_is_the_name()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>運賃値上げへ 港湾局|港湾ポータル経済ニュース</title>
            <meta property="og:title" content="フェリー運賃を5月から値上げ　港湾局が発表|港湾ポータル">
            <meta property="og:site_name" content="港湾ポータル|最新のニュースをお届け！">
            <meta name="article:published_time" content="2023-11-02T19:16:18+09:00">
            </head><body><header><h1><a href="/genre/3">経済</a></h1></header>
            <article><div class="headline"><h1 class="headline__text">フェリー運賃を5月から値上げ　港湾局が発表</h1></div>
            <div class="article"><p>港湾局は2日、フェリーの運賃を5月1日から1割値上げすると発表しました。燃料費の高騰が続いているためです。</p>
            <p>定期券の料金は夏の終わりまで据え置き、その後あらためて見直すということです。</p></div></article>
            </body></html>
            """), "page.html");
        Assert.Equal("港湾ポータル", page.Site);
        Assert.DoesNotContain("|", page.Title, StringComparison.Ordinal);
        Assert.StartsWith("フェリー運賃を5月から値上げ", page.Title, StringComparison.Ordinal);
    }
}
