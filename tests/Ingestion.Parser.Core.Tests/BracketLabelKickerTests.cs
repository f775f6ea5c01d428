using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketLabelKickerTests
{
    private static ParsedPage Parse(string h1) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><title>【港のフェリー情報】新ダイヤで始発が30分早く、夜の便も1本増える - Harbour Watch</title>
        <meta value="Harbour Watch" name="og:site_name">
        <meta value="【港のフェリー情報】新ダイヤで始発が30分早く、夜の便も1本増える" name="og:title">
        <meta value="2019-02-22T21:00:00+09:00" name="article:published_time"></head><body>
        <article role="main"><div class="contents"><div class="title-header"><p class="corner-title">港のフェリー情報</p>
        <h1>{{h1}}</h1></div><p class="publish-date">2019年2月22日 21:00</p>
        <div class="main-contents"><p>港を結ぶ3隻のフェリーは、6月から新しいダイヤで運航する。朝の始発は今より30分早くなる。</p>
        <p>運航会社によると、通勤客へのアンケートで本土への早い便を求める声が多かったという。</p></div></div></article>
        </body></html>
        """), "ferries.html");

    [Fact]
    public void The_h1_is_the_headline_when_the_sharing_title_leads_with_the_series_name_in_brackets()
    {
        Assert.Equal("新ダイヤで始発が30分早く、夜の便も1本増える", Parse("新ダイヤで始発が30分早く、夜の便も1本増える").Title);
    }

    [Fact]
    public void A_headline_that_prints_the_bracketed_label_itself_keeps_it()
    {
        Assert.Equal("【港のフェリー情報】新ダイヤで始発が30分早く、夜の便も1本増える", Parse("【港のフェリー情報】新ダイヤで始発が30分早く、夜の便も1本増える").Title);
    }
}
