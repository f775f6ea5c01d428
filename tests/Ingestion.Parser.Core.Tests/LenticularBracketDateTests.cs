using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LenticularBracketDateTests
{
    private static ParsedPage Parse(string dateLine) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>防水ケース付きの小型無線ブイを発売 - 港湾機器株式会社</title></head><body>
        <div id="container"><p class="title">ニュースリリース</p><p class="date">{{dateLine}}</p>
        <div id="newsContent"><h1 class="news">防水ケース付きの小型無線ブイを発売</h1>
        <div class="dual"><p>港湾機器株式会社は、防水ケース付きの小型無線ブイ「HB-100」を発売しました。</p>
        <p>「HB-100」は、港内の波の高さを10秒ごとに送る無線ブイです。電池は約2年もちます。</p></div></div></div>
        </body></html>
        """), "buoy.html");

    [Fact]
    public void A_date_in_lenticular_brackets_is_the_date()
    {
        Assert.Equal("2019-03-08", Parse("【2019.03.08】").PublishedAt);
    }

    [Fact]
    public void A_label_in_lenticular_brackets_beside_a_date_is_no_date_line()
    {
        Assert.Null(Parse("【港のお知らせ】 2019.03.08").PublishedAt);
    }
}
