using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FullWidthDashTitleBarTests
{
    private const string Headline = "川辺町、新しい渡し船「かわべ丸」を来春から運航。一日十二往復で学生は無料に";

    [Fact]
    public void A_site_after_a_spaced_full_width_hyphen_in_the_document_title_is_the_site()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
            <!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8">
            <meta value="article" name="og:type"><meta value="{{Headline}}" name="og:title">
            <title>{{Headline}} － 川辺ジャーナル</title></head><body>
            <div id="header"><a href="/"><img src="/logo.gif" alt="logo"></a></div>
            <div id="maincol">
            <h1>{{Headline}}</h1>
            <div class="pubdate">2019年4月4日</div><br>
            <p>川辺町は来年の春から新しい渡し船を走らせると発表しました。一日に十二往復し、町の住民と学生が乗ることができます。</p>
            <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べました。学生は無料で、高齢者にも割引があります。</p>
            </div></body></html>
            """), "ferry.html");
        Assert.Equal("川辺ジャーナル", page.Site);
        Assert.Equal(Headline, page.Title);
    }

    [Fact]
    public void A_document_title_parts_at_the_spaced_full_width_hyphen() =>
        Assert.Equal(["見出し", "川辺ジャーナル"], DocumentTitleParts.Of("見出し － 川辺ジャーナル"));

    [Fact]
    public void An_unspaced_full_width_hyphen_inside_a_headline_parts_nothing() =>
        Assert.Equal(["気温－5度の朝、渡し船は運休"], DocumentTitleParts.Of("気温－5度の朝、渡し船は運休"));
}
