using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DeskOnlyBylineTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><meta charset="UTF-8"><title>渡し船の新型エンジンが発売 - ハーバー通信</title></head><body>
        <article><div class="title-header"><p class="corner-title">ニュース</p><h1>渡し船の新型エンジンが発売</h1></div>
        <div class="article-info">{{byline}}<p class="publish-date">2019年3月5日 10:05</p></div>
        <div class="main-contents"><h3 class="hdg-03"><span>HARBOUR　X1（HX-100）</span></h3>
        <p>　小型の渡し船に向けた新型エンジン。店頭価格は税込98,000円。</p>
        <p>　燃費の良さと静かさが特長で、港の桟橋でも試運転ができるという。</p>
        </div></article></body></html>
        """), "engine.html");

    [Theory]
    [InlineData("ハーバー通信編集部")]
    [InlineData("HARBOUR News!編集部")]
    public void A_byline_naming_the_editorial_desk_alone_signs_without_a_writer(string desk)
    {
        var page = Parse($"""<ul class="author list"><li>{desk}</li></ul>""");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writers_name_in_the_byline_is_still_read()
    {
        var page = Parse("""<ul class="author list"><li>松田花子</li></ul>""");
        Assert.Equal(["松田花子"], page.Authors);
    }
}
