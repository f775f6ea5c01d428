using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KanjiPhotoCreditLineTests
{
    private static ParsedPage Parse(string line) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><meta charset="UTF-8"><title>渡し船の新型エンジンが発売 - ハーバー通信</title></head><body>
        <article><h1>渡し船の新型エンジンが発売</h1><p class="publish-date">2019年3月5日 10:05</p>
        <div class="main-contents"><div class="image-wrap"><a href="/img/engine.jpg.html"><img src="/img/engine_s.jpg"></a></div>
        <p>　小型の渡し船に向けた新型エンジン。店頭価格は税込98,000円。</p>
        <p>　燃費の良さと静かさが特長で、港の桟橋でも試運転ができるという。</p>
        {{line}}
        </div></article></body></html>
        """), "engine.html");

    [Fact]
    public void A_bracketed_photography_credit_led_by_a_shop_link_is_a_caption_entry()
    {
        var page = Parse("""<p><strong class="em">[撮影協力:<a href="/shop/harbour.html">ハーバー船具店</a>]</strong></p>""");
        Assert.Equal(["[撮影協力:ハーバー船具店]"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("撮影協力", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_naming_the_helper_stays_in_the_text()
    {
        var page = Parse("""<p>　写真提供を申し出たのは港の船具店で、試運転の様子も公開された。</p>""");
        Assert.Empty(page.Captions);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("写真提供", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[撮影協力:ハーバー船具店]", true)]
    [InlineData("写真提供：港湾局", true)]
    [InlineData("【画像提供：ハーバー通信】", true)]
    [InlineData("写真提供を申し出たのは港の船具店で、試運転の様子も公開された。", false)]
    public void The_label_a_colon_and_a_name_make_the_credit(string line, bool expected) =>
        Assert.Equal(expected, KanjiPhotoCreditLine.Is(line));
}
