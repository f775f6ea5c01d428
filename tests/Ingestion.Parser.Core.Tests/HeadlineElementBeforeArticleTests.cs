using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineElementBeforeArticleTests
{
    private static string Page(string openingElement, string between = "") => $"""
        <html><head><title>Wohin fließt das Regenwasser? - KinderWasserWelt.at</title></head><body>
        <div class="content_col1">
        <div class="dAnchorTag" id="da41"></div>{openingElement}{between}
        <div class="dAnchorTag" id="da42"></div><div id="c42" class="csc-default"><article id="article_c42">
        <figure><img src="/bilder/kanal.jpg" alt="Ein Kanaldeckel im Regen"><figcaption>Kanaldeckel © Lena Berg</figcaption></figure>
        <p>Wenn es regnet, versickert ein Teil des Wassers im Boden. Der Rest fließt über Rinnen und Kanäle in Bäche und Flüsse, und von dort weiter bis ins Meer.</p>
        <p>In der Stadt ist vieles mit Asphalt bedeckt. Deshalb sammelt sich das Wasser schneller, und die Kanäle müssen bei starkem Regen sehr viel aufnehmen.</p>
        <p>Manche Städte legen deshalb Gründächer und Mulden an, in denen das Wasser langsam versickern kann, statt die Kanäle zu füllen.</p>
        </article></div>
        </div></body></html>
        """;

    private const string Opening = """
        <div id="c41" class="csc-default"><article id="article_c41"><h1>Wohin fließt das Regenwasser?</h1><div class="csc-textpic-text"><p>Regen fällt fast jede Woche. Aber wohin verschwindet eigentlich das ganze Wasser?</p></div></article></div>
        """;

    [Fact]
    public void The_opening_paragraph_in_the_headlines_content_element_opens_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(Opening)), "regen.html");

        Assert.Equal("Wohin fließt das Regenwasser?", page.Title);
        Assert.Equal("Regen fällt fast jede Woche. Aber wohin verschwindet eigentlich das ganze Wasser?", page.BodyParagraphs[0]);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_box_of_another_kind_in_the_column_keeps_the_text_to_its_article()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(Opening, """<div class="teaser-box"><p>Jetzt mitmachen beim Wasserquiz und tolle Preise gewinnen!</p></div>""")), "regen.html");

        Assert.StartsWith("Wenn es regnet", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
