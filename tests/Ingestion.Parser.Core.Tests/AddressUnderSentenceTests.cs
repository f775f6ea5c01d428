using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AddressUnderSentenceTests
{
    private static ParsedPage Parse() => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
        <html lang="ja"><head><title>【港】2018年の人気フェリー航路3選</title>
        <meta value="Harbour News" name="og:site_name"></head><body>
        <div id="contents"><div class="section box news"><h1 class="hxnewstitle">【港】2018年の人気フェリー航路3選</h1>
        <p class="fs12">2019年3月15日 09:43</p>
        <div style="font-size:120%;"><p>2018年に利用者が多かった3つの航路を紹介。夏の週末はどの航路も始発から混み合った。</p>
        <h3 class="h2smalltitle">島めぐり航路</h3>
        <p>島めぐり航路は、港から3つの島を結ぶ周遊便。夏の週末は始発から満席になることが多く、予約が欠かせない路線となった。</p>
        <p><a href="https://islands.example/" target="jumpsite">https://islands.example/</a></p>
        <h3 class="h2smalltitle">灯台航路</h3>
        <p>灯台航路は、岬の灯台まで片道20分の短い便。夕方の便は夕日を見る観光客に人気がある。</p>
        <p><a href="https://lighthouse.example/" target="jumpsite">https://lighthouse.example/</a></p>
        <h3 class="h2smalltitle">湾内遊覧</h3>
        <p>湾内遊覧は、港の中を40分かけて回る観光船。冬も運航を続け、年間の利用者は初めて10万人を超えた。</p>
        </div></div></div>
        </body></html>
        """), "ferries.html");

    [Fact]
    public void A_shown_address_under_a_paragraph_that_ends_as_a_sentence_is_text()
    {
        var body = Parse().BodyParagraphs;
        Assert.Contains("https://islands.example/", body);
        Assert.Contains("https://lighthouse.example/", body);
    }

    [Fact]
    public void The_paragraphs_around_it_stay()
    {
        var body = Parse().BodyParagraphs;
        Assert.Contains(body, paragraph => paragraph.StartsWith("灯台航路は", StringComparison.Ordinal));
        Assert.StartsWith("湾内遊覧は", body[^1], StringComparison.Ordinal);
    }
}
