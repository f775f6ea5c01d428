using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserLinkCardTests
{
    private static string Page(string grid) => $"""
        <html><head><meta charset="utf-8"><title>Bienen im Stadtpark - Natur - beispiel.de</title></head>
        <body><div id="main"><div id="col2"><h1>Bienen im Stadtpark</h1>
        <p>Im Stadtpark stehen seit dem Frühjahr sechs Bienenstöcke, die ein Imkerverein aus der Nachbarschaft betreut.</p>
        <p>Die ersten Gläser Honig gingen beim Sommerfest an die Besucher, der Erlös kommt dem Spielplatz am Teich zugute.</p>
        {grid}
        </div></div></body></html>
        """;

    private const string Card = """
        <div class="news_grid"><div class="col teaser-item"><div class="thumbnail">
        <a href="https://beispiel.de/natur/12.wespen.html" class="thumb"><img src="/media/12.jpg" alt="Wespe"></a>
        <a href="https://beispiel.de/natur/12.wespen.html"><strong>Wespen im Garten: Was wirklich hilft</strong></a>
        </div></div></div>
        """;

    [Fact]
    public void A_teaser_box_of_one_linked_thumbnail_and_headline_is_no_paragraph() =>
        Assert.DoesNotContain("Wespen im Garten: Was wirklich hilft", HtmlPageSplitter.Split(Page(Card)).BodyParagraphs);

    [Fact]
    public void A_teaser_paragraph_with_words_of_its_own_stays()
    {
        const string teaser = """
            <div class="teaser"><a href="https://beispiel.de/natur/12.wespen.html"><img src="/media/12.jpg" alt="Wespe"></a>
            <p>Auch die Wespen im Park haben den Sommer gut überstanden, berichtet der Verein, der die Nester im Herbst zählen will.</p></div>
            """;
        Assert.Contains("Auch die Wespen im Park haben den Sommer gut überstanden, berichtet der Verein, der die Nester im Herbst zählen will.",
            HtmlPageSplitter.Split(Page(teaser)).BodyParagraphs);
    }
}
