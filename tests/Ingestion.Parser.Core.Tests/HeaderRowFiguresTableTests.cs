using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeaderRowFiguresTableTests
{
    private static ParsedPage Parse(string table) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>防水ケース付きの小型無線ブイを発売 - 港湾機器株式会社</title></head><body>
        <div id="container"><p class="title">ニュースリリース</p><p class="date">2019.03.08</p>
        <div id="newsContent"><h1 class="news">防水ケース付きの小型無線ブイを発売</h1>
        <div class="dual"><p>港湾機器株式会社は、防水ケース付きの小型無線ブイ「HB-100」を発売しました。</p>
        {{table}}
        <p>「HB-100」は、港内の波の高さを10秒ごとに送る無線ブイです。電池は約2年もちます。</p>
        <p>ブイは港の入口と防波堤の先に置くことを想定しています。専用の受信機を使えば、事務所のパソコンで波の高さを確かめることができます。</p>
        <p>本体は直径30センチと小さく、一人で持ち運べる重さです。防水ケースは水深10メートルまでの水圧に耐えます。</p></div></div></div>
        </body></html>
        """), "buoy.html");

    [Fact]
    public void A_price_table_under_a_row_of_heading_cells_is_no_body()
    {
        var page = Parse("""
            <div id="variation"><table><tr><th>製品品番</th><th>標準価格</th><th>製品画像</th></tr>
            <tr><td><a href="/pr/HB-100"><span>HB-100</span><img src="/btn_detail.png" alt="詳細へ"></a></td>
            <td><span class="zeinuki">（税抜き ¥12,800）</span></td>
            <td><a href="/image/HB-100"><img src="/btn_image.png" alt="画像へ"></a></td></tr></table></div>
            """);

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("¥12,800", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_row_table_with_a_photo_outside_a_link_stays_a_layout()
    {
        var page = Parse("""
            <table><tr><th>製品品番</th><th>標準価格</th></tr>
            <tr><td><img src="/hb-100.jpg" alt="">HB-100</td><td>（税抜き ¥12,800）</td></tr></table>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("¥12,800", StringComparison.Ordinal));
    }
}
