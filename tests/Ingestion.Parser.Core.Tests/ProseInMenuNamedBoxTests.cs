using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProseInMenuNamedBoxTests
{
    private const string ShopPage = """
        <html><head><title>Lindenhof Apfelsaft naturtrüb | saftladen</title>
        <meta property="og:description" content="Der Lindenhof liegt am Südhang über dem Neckar und wird seit drei Generationen von der Familie Berger bewirtschaftet. Die..."></head>
        <body><header><ul class="navigation--list"><li><a href="/saft/">Saft</a></li><li><a href="/most/">Most</a></li><li><a href="/geschenke/">Geschenke</a></li></ul></header>
        <div class="content product--details"><h1 class="product--title">Lindenhof Apfelsaft naturtrüb</h1>
        <div class="product--buybox"><p>Ein Saft mit feiner Säure.</p><span class="price">3,49 €</span></div>
        <div class="tab-menu--product"><div class="tab--navigation"><a href="#">Beschreibung</a><a href="#">Details</a></div>
        <div class="tab--container"><div class="tab--content"><div class="product--description">
        <p>Der Lindenhof liegt am Südhang über dem Neckar und wird seit drei Generationen von der Familie Berger bewirtschaftet. Die alten Hochstämme tragen Boskoop, Topaz und Rheinischen Bohnapfel.</p>
        <p>Gepresst wird gleich nach der Ernte in der eigenen Kelter, ohne Zusatz von Zucker oder Konzentrat, und der Saft wird nur kurz erhitzt, damit er haltbar bleibt.</p>
        <p>Im Glas zeigt er ein trübes Goldgelb, in der Nase reife Äpfel und etwas Quitte, am Gaumen eine frische Säure und eine milde Süße.</p>
        </div></div></div></div></div>
        <footer><p>© 2016 saftladen GmbH</p></footer></body></html>
        """;

    [Fact]
    public void A_tab_menu_holding_the_description_keeps_it_as_the_text()
    {
        var parsed = HtmlPageSplitter.Split(ShopPage);
        Assert.Equal(3, parsed.BodyParagraphs.Count);
        Assert.StartsWith("Der Lindenhof liegt am Südhang", parsed.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_menu_of_links_is_still_furniture()
    {
        using var document = new HtmlParser().ParseDocument("""
            <div class="main-menu"><ul><li><a href="/a">Saft</a></li><li><a href="/b">Most</a></li></ul><p>Jetzt 10 € Gutschein sichern!</p></div>
            """);
        Assert.False(ProseInMenuNamedBox.Is(document.QuerySelector(".main-menu")!));
    }

    [Fact]
    public void A_box_named_otherwise_is_not_asked_about()
    {
        using var document = new HtmlParser().ParseDocument("""
            <div class="tab-panel"><p>Der Lindenhof liegt am Südhang über dem Neckar und wird seit drei Generationen von der Familie Berger bewirtschaftet.</p></div>
            """);
        Assert.False(ProseInMenuNamedBox.Is(document.QuerySelector(".tab-panel")!));
    }
}
