using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LineBrokenArticleTextTests
{
    [Fact]
    public void An_article_written_straight_in_with_line_breaks_is_the_text()
    {
        var page = HarborPortalPage.Parse(signature: """<span class="writer writer-name">《MH》</span>""", pickupHeading: "<h2>関連ニュース</h2>");

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("港町の朝は早い。", page.BodyParagraphs[0]);
        Assert.StartsWith("運航会社は夏までに", page.BodyParagraphs[^1]);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("灯台の改修工事", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_article_with_a_short_line_of_its_own_is_not_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html lang="ja"><head><title>島の朝市に三千人 - Harbor Daily</title></head><body>
            <h1>島の朝市に三千人</h1>
            <div class="story"><p>島の港で日曜日に開かれた朝市には、島の外からも多くの人が訪れた。主催者によると、来場者は昨年の二倍近い三千人に上った。</p>
            <p>漁師たちは朝四時から準備を始め、とれたての魚や貝を並べた。昼前にはほとんどの店が売り切れになったという。</p>
            <p>主催者は秋にも朝市を開く予定で、次回は臨時のフェリーを出すことも考えている。</p></div>
            <aside><article class="card">灯台の改修工事が完了した</article></aside>
            </body></html>
            """), "asaichi.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("島の港で日曜日に", page.BodyParagraphs[0]);
    }
}
