namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented Japanese portal's story page in the shape of a real one: a masthead with a menu bar, the story's header
/// (headline, summary, time), the text written straight into an <c>article</c> with line breaks, a signature under it,
/// a related-news box and a rail of teaser cards. The tests of round r-real-jp10's rules fill in its parts.
/// </summary>
internal static class HarborPortalPage
{
    internal static ParsedPage Parse(string keywordsMeta = "", string masthead = "", string signature = "", string pickupHeading = "", string storyHeader = "", string textEnd = "") =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!doctype html><html lang="ja"><head><meta charset="UTF-8">
        <title>小さな港に新しい高速フェリーが就航 | HARBOR TODAY</title>
        {{keywordsMeta}}
        <meta value="港町の朝は早い。午前六時、白い船体の高速フェリーが初めて岸壁を離れた。" name="og:description">
        <meta value="HARBOR TODAY" name="og:site_name">
        </head><body>
        <header class="site-header"><div class="logo"><a href="/">HARBOR TODAY</a></div>{{masthead}}<nav class="global-nav"><ul class="nav-main-menu"><li><a href="/">ホーム</a></li><li><a href="/port/">港</a></li><li><a href="/island/">島</a></li><li><a href="/trip/">船旅</a></li></ul><ul class="nav-main-menu"><li><a href="http://tide.example.com/">TIDE CHECK</a></li></ul><ul class="nav-main-menu"><li><a href="/life/">ライフ</a></li></ul></nav></header>
        <main>
        <header class="arti-header"><h1 class="head">小さな港に新しい高速フェリーが就航</h1>{{storyHeader}}
        <p class="arti-summary">港町の朝は早い。午前六時、白い船体の高速フェリーが初めて岸壁を離れた。</p>
        <time class="date" datetime="2019-04-19T09:39:34+09:00">2019年4月19日（金） 09時39分</time></header>
        <div class="arti-content">
        <article class="arti-body">
        &#x3000;港町の朝は早い。午前六時、白い船体の高速フェリーが初めて岸壁を離れた。<br><br>&#x3000;新しい船は島までの航路を四十分で結ぶ。これまでの船より二十分短く、通勤や通学に使う島の人たちには大きな変化になる。朝の便に乗れば、島の高校生も始業の三十分前には港に着ける。<br><br><img src="/imgs/zoom/1.jpg" class="inbody-img"><br><br>&#x3000;船長は「波が高い日でも揺れが少ない」と話す。船体の幅を広げ、客室を低い位置に置いたためだという。試運転では、冬の強い北風の日にも予定どおり島へ着いた。<br><br>&#x3000;運航会社は夏までに一日八往復へ増便する計画で、島の観光協会も週末の臨時便を求めている。港の売店では、就航を記念した絵はがきが早くも品切れになった。
        {{textEnd}}</article>
        {{signature}}
        </div>
        <section class="main-pickup">{{pickupHeading}}<ul><li><a href="/article/2019/03/11/1.html"><article class="pickup-content"><img src="/imgs/1.jpg" alt="灯台の改修工事が完了 画像"><span class="figcaption">灯台の改修工事が完了<time datetime="2019-03-11T16:10:40+09:00">2019.3.11(月) 16:10</time></span></article></a></li></ul></section>
        </main>
        <aside class="thm-aside"><section class="sidebox"><h2 class="caption"><span class="inner">最新ニュース</span></h2><ul><li><a href="/article/2019/04/30/2.html"><article class="side-content"><img src="/imgs/2.jpg" alt="漁港の朝市に三千人 画像"><span class="figcaption">漁港の朝市に三千人</span></article></a></li></ul></section></aside>
        <footer><p>Copyright © 2019 Harbor Inc.</p></footer></body></html>
        """), "harbor-ferry.html");
}
