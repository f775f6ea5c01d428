using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FullStopShareTitleTests
{
    private static ParsedPage Parse(string shareTitle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{shareTitle}} - 港湾機器株式会社</title>
        <meta value="{{shareTitle}}" name="og:title"><meta value="website" name="og:type"></head><body>
        <div id="container"><p class="title">ニュースリリース</p><p class="date">2019.03.08</p>
        <div id="newsContent"><h1 class="news">防水ケース付きの小型無線ブイを発売</h1>
        <div class="dual"><p>港湾機器株式会社は、防水ケース付きの小型無線ブイ「HB-100」を発売しました。</p>
        <p>「HB-100」は、港内の波の高さを10秒ごとに送る無線ブイです。電池は約2年もちます。</p></div></div></div>
        </body></html>
        """), "buoy.html");

    [Fact]
    public void The_h1_is_the_headline_when_the_sharing_title_only_adds_a_closing_full_stop()
    {
        Assert.Equal("防水ケース付きの小型無線ブイを発売", Parse("防水ケース付きの小型無線ブイを発売。").Title);
    }

    [Fact]
    public void The_site_after_the_stopped_document_title_keeps_no_stop()
    {
        Assert.Equal("港湾機器株式会社", Parse("防水ケース付きの小型無線ブイを発売。").Site);
    }

    [Fact]
    public void A_sharing_title_that_differs_in_more_than_the_stop_is_not_read_so()
    {
        Assert.NotEqual("防水ケース付きの小型無線ブイを発売", Parse("防水ケース付きの小型無線ブイを6月に発売。").Title);
    }
}
