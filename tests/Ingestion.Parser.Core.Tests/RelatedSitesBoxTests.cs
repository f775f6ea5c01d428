using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelatedSitesBoxTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 - 週刊川辺</title></head>
        <body><div id="main"><h1>川辺の町に新しい渡し船</h1>
        <div class="article">
        <p>　川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
        <p>　町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
        <div class="linkbox"><p class="headname">{heading}</p><ul><li><a href="https://ferry.example/">川辺フェリー</a></li><li><a href="https://town.example/">川辺町</a></li></ul></div>
        </div></div></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("■関連サイト")]
    [InlineData("関連サイト")]
    [InlineData("◆関連リンク")]
    public void A_related_sites_heading_and_its_links_close_no_story(string heading)
    {
        var body = Parse(heading).BodyParagraphs;
        Assert.Equal(2, body.Count);
        Assert.StartsWith("町長は火曜日の会議で", body[^1]);
    }
}
