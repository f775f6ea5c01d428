using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WireSignatureClosingTextTests
{
    private const string Closing = "　町の担当者は渡し船の運航を続ける考えを示しているが、ある住民は「冬の間は川が凍るので運航は難しい」と指摘している。(c)AFP/Kenta MORIYAMA";

    [Fact]
    public void An_agency_signature_closing_the_last_paragraph_leaves_it_in_the_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><meta charset="utf-8"><title>川辺町の渡し船、冬も運航へ</title></head>
            <body><article><h1>川辺町の渡し船、冬も運航へ</h1>
            <div class="article-body">
            <p>【12月3日 AFP】川辺町は2日、渡し船の運航を冬の間も続けると発表した。町民の通勤や通学の足を守るためだという。</p>
            <p>　渡し船は毎日十二往復しており、昨年は延べ三万人が利用した。町は新しい船の購入も検討している。</p>
            <p>{{Closing}}</p>
            </div></article></body></html>
            """), "ferry.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.EndsWith("(c)AFP/Kenta MORIYAMA", page.BodyParagraphs[^1]);
        Assert.Empty(page.Captions);
    }

    [Theory]
    [InlineData("川辺町の船着き場で渡し船に乗り込む住民たち（2018年12月2日撮影）。(c)AFP/Kenta MORIYAMA")]
    [InlineData("Residents board the ferry at the landing on the river on Sunday morning. (c)AFP/Kenta MORIYAMA")]
    [InlineData("渡し船。(c)RNA")]
    public void A_caption_with_the_day_it_was_taken_a_latin_line_or_a_short_line_is_no_signed_text(string line) =>
        Assert.False(WireSignatureClosingText.Is(line));

    [Fact]
    public void The_signed_last_paragraph_is_one() => Assert.True(WireSignatureClosingText.Is(Closing));
}
