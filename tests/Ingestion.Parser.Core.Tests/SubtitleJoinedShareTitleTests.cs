using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubtitleJoinedShareTitleTests
{
    private static ParsedPage Parse(string shareTitle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><title>港のフェリーが新ダイヤに ～始発は30分早く - Harbour Watch</title>
        <meta value="Harbour Watch" name="og:site_name">
        <meta value="{{shareTitle}}" name="og:title">
        <meta value="2019-02-22T10:00:00+09:00" name="article:published_time"></head><body>
        <article role="main"><div class="contents"><div class="title-header"><div class="hdg-article">
        <p class="corner-title">ニュース</p><h1>港のフェリーが新ダイヤに ～始発は30分早く</h1>
        <h2>通勤客の声を受けて夜の便も1本増やす</h2></div></div>
        <div class="article-info"><p class="publish-date">2019年2月22日 10:00</p></div>
        <div class="main-contents"><p>港を結ぶ3隻のフェリーは、6月から新しいダイヤで運航する。朝の始発は今より30分早くなる。</p>
        <p>運航会社によると、通勤客へのアンケートで本土への早い便を求める声が多かったという。</p></div></div></article>
        </body></html>
        """), "ferries.html");

    [Fact]
    public void The_h1_is_the_headline_when_the_sharing_title_adds_the_subtitle_printed_under_it()
    {
        Assert.Equal("港のフェリーが新ダイヤに ～始発は30分早く", Parse("港のフェリーが新ダイヤに ～始発は30分早く／通勤客の声を受けて夜の便も1本増やす").Title);
    }

    [Fact]
    public void A_sharing_title_that_goes_on_with_words_the_page_does_not_print_under_the_h1_is_not_read_so()
    {
        Assert.NotEqual("港のフェリーが新ダイヤに ～始発は30分早く", Parse("港のフェリーが新ダイヤに ～始発は30分早く／運賃は据え置き、島の住民は割引").Title);
    }
}
