using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DefinitionListPictureCaptionTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Marktbrunnen - Stadt Lindenau</title><meta charset="utf-8"></head><body>
        <div id="content"><h1>Marktbrunnen</h1>
        <section class="two-columns-content"><div class="col1"><p>Der Marktbrunnen wurde im 16. Jahrhundert aus Sandstein gebaut und versorgte die Bewohner der Altstadt lange mit frischem Wasser. Heute sprudelt er nur noch im Sommer.</p>
        <p>Rund um den Brunnen findet jeden Samstag der Wochenmarkt statt, und in den Cafés am Platz lässt es sich gut eine Pause einlegen.</p></div>
        <div class="col2">{box}</div></section>
        </div></body></html>
        """), "brunnen.html");

    [Fact]
    public void The_definition_under_a_picture_term_is_its_caption()
    {
        var page = Parse("""
            <dl><dt><a href="/bilder/brunnen-gross.jpg" class="highslide" title="Bild vergrößern"><img src="/bilder/brunnen.jpg" alt="Der Marktbrunnen"><img src="/img/lupe.gif" alt="Vergrößern"></a></dt><dd>Der Marktbrunnen im Sommer. Foto: Stadtarchiv Lindenau</dd></dl>
            """);

        Assert.Equal(["Der Marktbrunnen im Sommer. Foto: Stadtarchiv Lindenau"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_definition_list_of_words_gives_no_caption()
    {
        var page = Parse("""
            <dl><dt>Baujahr</dt><dd>1568</dd><dt>Material</dt><dd>Sandstein</dd></dl>
            """);

        Assert.Empty(page.Captions);
    }
    [Fact]
    public void A_teaser_card_whose_definition_is_a_heading_gives_no_caption()
    {
        var page = Parse("""
            <div class="slider"><dl><dt><a href="/blogs/wandern/" title="Wandern"><img src="/blogs/wandern.jpg" alt="Wandern" title="Wandern"></a></dt>
            <dd><h5><a href="/blogs/wandern/" class="names">Wandern</a></h5></dd>
            <dd><a href="/blogs/wandern/2017/03/13/neue-route/">Eine neue Route am Kamm</a></dd>
            <dd class="comments"><a href="/blogs/wandern/2017/03/13/neue-route/#comments">1 Kommentar</a></dd></dl>
            <dl><dt><a href="/blogs/garten/" title="Garten"><img src="/blogs/garten.jpg" alt="Garten" title="Garten"></a></dt>
            <dd><h5><a href="/blogs/garten/" class="names">Garten</a></h5></dd>
            <dd><a href="/blogs/garten/2017/03/12/tomaten/">Tomaten im März säen</a></dd>
            <dd class="comments"><a href="/blogs/garten/2017/03/12/tomaten/#comments">35 Kommentare</a></dd></dl></div>
            """);

        Assert.Empty(page.Captions);
    }
}
