using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonLabelOverLinkCardsTests
{
    private static string Card(string slug, string headline) =>
        $"""<a class="content-box" href="/{slug}/"><div class="text"><div class="tag">Mehr zum Thema</div><div class="title">{headline}</div><div class="authors">von Hafenmeisterin</div></div><div class="img"><img src="/{slug}.jpg"></div></a>""";

    private static string Cards() =>
        Card("nachtfaehre", "Die Nachtfähre bleibt bis zum Frühjahr im Fahrplan") + "\n"
        + Card("neue-boote", "Zwei neue Boote kommen im Frühjahr aus der Werft") + "\n"
        + Card("liegeplaetze", "Der Hafen baut zwanzig neue Liegeplätze für Fischer");

    [Fact]
    public void A_colon_label_over_story_cards_heads_a_box_that_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Fährpreise steigen wieder</title></head><body><article><h1>Fährpreise steigen wieder</h1>
            <div class="entry-content"><p>Die Hafenverwaltung hat die Preise für die Inselfähre am Montag um ein Zehntel erhöht, zum dritten Mal in zwei Jahren.</p>
            <p>Pendler, die jeden Tag übersetzen, zahlen damit fast zweihundert Euro mehr im Jahr, rechnet der Fahrgastverband vor.</p>
            <div class="recirculation-box"><div class="title">Mehr aus dem Hafen:</div>
            {{Cards()}}
            </div>
            <p>Die Verwaltung verweist auf die neuen Boote, die teurer wurden als geplant, als sie bestellt wurden.</p></div></article></body></html>
            """), "faehre.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Mehr aus dem Hafen", StringComparison.Ordinal) || paragraph.Contains("Liegeplätze", StringComparison.Ordinal));
    }

    [Fact]
    public void A_colon_label_over_bare_links_or_without_its_colon_is_no_cards_label()
    {
        var document = new HtmlParser().ParseDocument($"""
            <div id="bare"><p>Quellen:</p><a href="/a/">Hafenordnung</a><a href="/b/">Fahrplan</a></div>
            <div id="colonless"><div>Mehr aus dem Hafen</div>{Cards()}</div>
            <div id="one"><div>Mehr aus dem Hafen:</div>{Card("nachtfaehre", "Die Nachtfähre bleibt")}</div>
            """);
        foreach (var id in new[] { "bare", "colonless", "one" })
        {
            var box = document.GetElementById(id)!;
            Assert.False(ColonLabelOverLinkCards.Is(box, box.FirstElementChild!), id);
        }
    }
}
