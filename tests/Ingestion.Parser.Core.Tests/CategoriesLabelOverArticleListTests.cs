using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoriesLabelOverArticleListTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Der Wochenmarkt zieht um | Stadtjournal</title>
        <meta name="news_keywords" content="Markt, Stadt"></head>
        <body><article class="article"><h1>Der Wochenmarkt zieht um</h1>
        <section class="text"><p>Ab dem nächsten Monat stehen die Stände nicht mehr am Rathaus, sondern auf dem neu gepflasterten Platz am Fluss.</p>
        <p>Die Händler hoffen auf mehr Laufkundschaft, weil der Weg von der Haltestelle nun kürzer ist.</p></section>
        {{box}}
        </article>
        <aside class="sidebar"><span>Kategorien:</span><ul><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li></ul></aside>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_labelled_categories_list_under_the_text_gives_the_tags_and_no_paragraphs()
    {
        var page = Parse("""<section class="categorie"><span class="headline">Kategorien:</span><ul class="list"><li><a href="/stadt">Stadt</a></li><li><a href="/handel">Handel</a></li><li><a href="/leben">Leben</a></li></ul></section>""");

        Assert.Equal(["Stadt", "Handel", "Leben"], page.Tags);
        Assert.DoesNotContain("Handel", page.BodyParagraphs);
        Assert.DoesNotContain("Leben", page.BodyParagraphs);
    }

    [Fact]
    public void A_list_under_another_label_gives_no_tags()
    {
        var page = Parse("""<section class="more"><span class="headline">Mehr lesen:</span><ul class="list"><li><a href="/a">Der Busplan ändert sich</a></li><li><a href="/b">Neue Radwege</a></li></ul></section>""");

        Assert.DoesNotContain("Neue Radwege", page.Tags);
        Assert.DoesNotContain("Politik", page.Tags);
    }
}
