using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourceNoteAddressTests
{
    private static ParsedPage Parse(string note) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><title>【港】フェリー3隻、6月から新ダイヤ</title>
        <meta value="Harbour News" name="og:site_name"></head><body>
        <div id="contents"><div class="section box news"><h1 class="hxnewstitle">【港】フェリー3隻、6月から新ダイヤ</h1>
        <p class="fs12">2019年3月15日 09:43</p>
        <div style="font-size:120%;"><p>2018年に利用者が多かった3つの航路を紹介。夏の週末はどの航路も始発から混み合った。</p>
        <h3 class="h2smalltitle">島めぐり航路</h3>
        <p>島めぐり航路は、港から3つの島を結ぶ周遊便。夏の週末は始発から満席になることが多く、予約が欠かせない路線となった。</p>
        <h3 class="h2smalltitle">灯台航路</h3>
        <p>灯台航路は、岬の灯台まで片道20分の短い便。夕方の便は夕日を見る観光客に人気がある。</p>
        <h3 class="h2smalltitle">湾内遊覧</h3>
        <p>湾内遊覧は、港の中を40分かけて回る観光船。冬も運航を続け、年間の利用者は初めて10万人を超えた。</p>
        <p>{{note}}<br>
          <a href="https://ferries.example/2019/03/new-timetable/" target="jumpsite">https://ferries.example/2019/03/new-timetable/</a></p>
        </div></div></div>
        </body></html>
        """), "ferries.html");

    [Theory]
    [InlineData("以上、下記URLからの要約")]
    [InlineData("出典：")]
    public void A_note_crediting_the_source_over_its_address_is_no_paragraph(string note)
    {
        var body = Parse(note).BodyParagraphs;
        Assert.Equal(7, body.Count);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("ferries.example", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_above_it_stays()
    {
        var body = Parse("以上、下記URLからの要約").BodyParagraphs;
        Assert.StartsWith("2018年に利用者が多かった", body[0], StringComparison.Ordinal);
        Assert.StartsWith("湾内遊覧は", body[^1], StringComparison.Ordinal);
    }
}
