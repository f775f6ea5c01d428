using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoNamedSiteTests
{
    private static ParsedPage Parse(string siteName, string logoAlt) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><title>【港】フェリー3隻、6月から新ダイヤ</title>
        <meta value="{{siteName}}" name="og:site_name"><meta value="【港】フェリー3隻、6月から新ダイヤ" name="og:title"></head><body>
        <div id="container"><div id="header"><p id="site-id"><a href="https://harbour.example/"><img src="https://harbour.example/logo.png" alt="{{logoAlt}}" width="200" height="66"></a></p></div>
        <div id="contents"><div class="section box news"><h1 class="hxnewstitle">【港】フェリー3隻、6月から新ダイヤ</h1>
        <p class="fs12">2019年3月15日 09:43</p>
        <div><p>港を結ぶ3隻のフェリーは、6月から新しいダイヤで運航する。朝の始発は今より30分早くなる。</p>
        <p>運航会社によると、通勤客へのアンケートで本土への早い便を求める声が多かったという。</p></div></div></div></div>
        </body></html>
        """), "ferries.html");

    [Fact]
    public void The_logos_alt_text_quoting_the_first_part_in_corner_brackets_names_the_site()
    {
        Assert.Equal("OSS×Harbour News", Parse("OSS×Harbour News - 港と島の情報サイト", "港と島の情報サイト「OSS×Harbour News」").Site);
    }

    [Fact]
    public void A_logo_whose_alt_text_is_the_first_part_alone_names_the_site()
    {
        Assert.Equal("Harbour News", Parse("Harbour News - Your Bay, Every Day", "Harbour News").Site);
    }
}
