using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CircledNumberCrossheadTests
{
    private static ParsedPage Parse() => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
        <html lang="ja"><head><title>【港】2018年の人気フェリー航路5選</title>
        <meta value="Harbour News" name="og:site_name"></head><body>
        <div id="contents"><div class="section box news"><h1 class="hxnewstitle">【港】2018年の人気フェリー航路5選</h1>
        <p class="fs12">2019年3月15日 09:43</p>
        <div style="font-size:120%;"><p>2018年に利用者が多かった5つの航路を紹介。</p>
        <h3 class="h2smalltitle">①島めぐり航路</h3>
        <p>島めぐり航路は、港から3つの島を結ぶ周遊便。夏の週末は始発から満席になることが多く、予約が欠かせない路線となった。</p>
        <h3 class="h2smalltitle">②灯台航路</h3>
        <p>灯台航路は、岬の灯台まで片道20分の短い便。夕方の便は夕日を見る観光客に人気がある。</p>
        </div></div></div>
        </body></html>
        """), "ferries.html");

    [Fact]
    public void The_first_numbered_crosshead_over_the_text_stays_in_the_body_like_the_others()
    {
        var body = Parse().BodyParagraphs.ToList();
        Assert.Contains("①島めぐり航路", body);
        Assert.Contains("②灯台航路", body);
        Assert.True(body.IndexOf("①島めぐり航路") < body.IndexOf("②灯台航路"));
    }

    [Theory]
    [InlineData("①島めぐり航路", true)]
    [InlineData("❶灯台航路", true)]
    [InlineData("①島めぐり航路は3つの島を結ぶ。", false)]
    [InlineData("島めぐり航路", false)]
    public void Only_a_short_line_opening_with_a_circled_digit_is_such_a_crosshead(string line, bool expected)
    {
        Assert.Equal(expected, CircledNumberCrosshead.Is(line));
    }
}
