using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamedSubmenuEntriesTests
{
    private static ParsedPage Parse(string besideDate) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><title>【港】フェリー3隻、6月から新ダイヤ</title>
        <meta value="Harbour News" name="og:site_name"></head><body>
        <div id="nav-block"><ul id="nav"><li><a href="/">ホーム</a></li><li><a href="/info/">TOPICS</a></li><li><a href="/closeup/">CLOSE UP</a></li></ul>
        <ul id="subnav"><li><a href="/info/">トピックスHOME</a></li><li><a href="/info/topic/">港×島最新TOPICS</a></li><li><a href="/info/event/">港×島イベント情報</a></li></ul></div>
        <div id="contents"><div class="section box news"><h1 class="hxnewstitle">【港】フェリー3隻、6月から新ダイヤ</h1>
        <p class="fs12">{{besideDate}}　2019年3月15日 09:43</p>
        <div><p>港を結ぶ3隻のフェリーは、6月から新しいダイヤで運航する。朝の始発は今より30分早くなる。</p>
        <p>運航会社によると、通勤客へのアンケートで本土への早い便を求める声が多かったという。</p></div></div></div>
        </body></html>
        """), "ferries.html");

    [Fact]
    public void A_section_link_beside_the_date_that_a_small_submenu_lists_is_no_writer()
    {
        Assert.Empty(Parse("<a href=\"/info/topic/\">港×島最新TOPICS</a>").Authors);
    }

    [Fact]
    public void A_writers_name_beside_the_date_stays_the_author()
    {
        Assert.Equal(["Marta Olsen"], Parse("By <a href=\"/author/marta-olsen/\">Marta Olsen</a>").Authors);
    }
}
