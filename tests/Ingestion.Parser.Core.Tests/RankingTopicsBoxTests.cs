using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RankingTopicsBoxTests
{
    private static ParsedPage Parse(string rankingClass, string recommendClass) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><title>港のフェリー、6月から新ダイヤ - Harbour Watch</title>
        <meta value="Harbour Watch" name="og:site_name"></head><body>
        <div id="page"><aside id="extra" class="nocontent">
        <aside class="{{rankingClass}}"><p class="ranking-title"><label>アクセスランキング</label></p>
        <ul class="list" id="site-access-ranking-ul-latest"></ul><a href="/docs/static/ranking/" class="access-ranking-more"><span>もっと見る</span></a></aside>
        <aside class="{{recommendClass}}"><p><label>おすすめ記事</label></p><ul class="list-02">
        <li class="item"><div class="image"><p><a href="/docs/series/a/1001.html"><img src="/img/a.jpg"></a></p></div>
        <div class="text"><p class="title"><a href="/docs/series/a/1001.html">小型ボートで湾を一周! 新しい観光船の乗り心地</a></p></div></li>
        <li class="item"><div class="image"><p><a href="/docs/series/b/1002.html"><img src="/img/b.jpg"></a></p></div>
        <div class="text"><p class="title"><a href="/docs/series/b/1002.html">灯台の夜間公開は今年も満員に【体験編】</a></p></div></li></ul></aside>
        </aside><div id="main"><article role="main"><div class="contents">
        <h1>港のフェリー、6月から新ダイヤ</h1><p class="publish-date">2019年2月22日 21:00</p>
        <div class="main-contents"><p>港を結ぶ3隻のフェリーは、6月から新しいダイヤで運航する。朝の始発は今より30分早くなる。</p>
        <p>運航会社によると、通勤客へのアンケートで本土への早い便を求める声が多かったという。</p></div></div></article></div></div>
        </body></html>
        """), "ferries.html");

    [Fact]
    public void The_rails_ranking_and_recommended_boxes_classed_as_topics_give_no_tags()
    {
        var page = Parse("ranking topics list", "recommend topics list");
        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_topics_box_of_another_name_is_read_as_before()
    {
        var page = Parse("article topics list", "more topics list");
        Assert.NotEmpty(page.Tags);
    }
}
