using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BuyBoxInTextTests
{
    [Fact]
    public void A_product_box_inside_the_text_is_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>渡し船の模型は飾っても楽しい | 川辺ニュース</title></head>
            <body><div class="entry"><h1 class="entry-title">渡し船の模型は飾っても楽しい</h1>
            <div id="realEntryBody">
            <p>川辺の町で来月から走る新しい渡し船の模型が、町の売店で売られることになりました。</p>
            <p>模型は手のひらに乗る大きさで、子どもから大人まで楽しめると売店の店長は話しました。</p>
            <div class="inner-buy-box"><div class="buy-header">Push</div><div class="buy-box-detail"><strong><a href="https://shop.example/ferry">渡し船 模型 青 1/100</a></strong>
            <p class="buy-box-price">1200円</p></div></div>
            </div></div></body></html>
            """), "ferry.html", "text/html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
