using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FullWidthTitleBarTests
{
    [Theory]
    [InlineData("気軽に川を渡れる新しい渡し船、川辺町で来春から ｜ 川辺ニュース NET")]
    [InlineData("気軽に川を渡れる新しい渡し船、川辺町で来春から｜川辺ニュース NET")]
    public void A_share_title_suffixed_with_the_site_after_a_full_width_bar_gives_the_shown_headline(string shareTitle)
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
            <html lang="ja"><head><meta charset="utf-8"><title>{{shareTitle}}</title>
            <meta property="og:title" content="{{shareTitle}}"><meta property="og:site_name" content="川辺ニュース NET"></head><body>
            <article><h1>気軽に川を渡れる新しい渡し船、川辺町で来春から</h1>
            <div class="post-bodycopy">
            <p>川辺町は来年の春から新しい渡し船を走らせると発表した。一日に十二往復し、町の住民と学生が乗ることができる。</p>
            <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べた。学生は無料で、高齢者にも割引がある。</p>
            </div></article></body></html>
            """), "ferry.html");
        Assert.Equal("気軽に川を渡れる新しい渡し船、川辺町で来春から", page.Title);
    }

    [Fact]
    public void A_document_title_parts_at_the_full_width_bar() =>
        Assert.Equal(["見出し", "川辺ニュース"], DocumentTitleParts.Of("見出し ｜ 川辺ニュース"));
}
