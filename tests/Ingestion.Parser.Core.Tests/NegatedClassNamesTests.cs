using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NegatedClassNamesTests
{
    private const string Preview =
        "Mara from Westport is running out of time. The 18-year-old enrolled at the harbour college, and for more than a month she has looked for a room. \"It is really ...";

    private static ParsedPage Parse(string freeClass) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Students still look for rooms - Harbour Gazette</title>
            <meta property="og:site_name" content="Harbour Gazette"></head><body><main class="main">
            <section class="{{freeClass}}"><article id="article"><div class="box"><header class="article__header">
            <h1 class="article__header__titel">Students still look for rooms in Westport</h1>
            <p class="article__header__info-area__txt">Von <a href="/jane-roe">Jane Roe</a></p></header>
            <div class="article__text"><div class="freemium__preview">
            {{Preview}}
            </div></div></div></article></section>
            <section class="row paywall"><div class="freemium"><div class="part-1"><p><small>Already a subscriber? <a href="#">Log in</a></small></p>
            <p><strong>Read this article now!</strong></p></div>
            <div class="part-2"><p><strong>You can read on in a moment!</strong></p><p><strong>Your benefits:</strong></p>
            <ul><li>One subscriber article a month on harbour-gazette.example</li><li>The newsroom's newsletter with the region's news</li>
            <li>Journalism from your home town by 150 editors and 1500 freelancers. Rooted in the region. Critical. Independent.</li></ul></div>
            <div class="freemium-box"><h3><span>Digital Basic</span> <span>3 € a month</span></h3><ul><li>Every article</li><li>The news app</li></ul>
            <a href="/abo/checkout" class="button">Read on now</a></div></div></section></main></body></html>
            """), "page.html");

    [Fact]
    public void A_box_classed_as_not_behind_the_paywall_keeps_the_free_text()
    {
        var page = Parse("row non-paywall");

        Assert.Equal([Preview], page.BodyParagraphs);
    }

    [Fact]
    public void A_box_classed_as_the_paywall_itself_is_still_furniture()
    {
        var page = Parse("row paywall");

        Assert.DoesNotContain(Preview, page.BodyParagraphs);
    }
}
