using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProvenanceUnderCopyrightTests
{
    private const string Page = """
        <html><head><title>Die Moose der Nebelwälder - Wissen Monatlich</title></head><body>
        <article class="content"><h1>Die Moose der Nebelwälder</h1>
        <div class="row"><p>In den Nebelwäldern der Anden wachsen Moose, die mehr Wasser speichern als jede andere Pflanze ihrer Größe, und das schon seit Jahrmillionen.</p>
        <p>Ein Team aus Quito hat nun ihr Erbgut entschlüsselt und dabei Gene gefunden, die offenbar von Pilzen stammen, mit denen die Moose zusammenleben.</p>
        <p>Wie diese Gene in die Pflanzen gelangt sind, wollen die Forscherinnen als Nächstes klären, denn der Weg solcher Gene ist bei Pflanzen kaum bekannt. Dazu wollen sie im kommenden Jahr wieder in die Berge reisen, Proben von mehr als zwanzig Arten sammeln und deren Erbgut mit dem der Pilze vergleichen, die in ihren Zellen leben. Bis dahin bleiben die Moose, die so viel Wasser halten, ein Rätsel.</p>
        <aside class="kiosk__inline"><a href="/pdf/kompakt-moose"><span class="kiosk__intro">Das könnte Sie auch interessieren: </span><span class="kiosk__mag">Kompakt</span><span class="kiosk__desc"> Die Welt der Moose</span></a></aside></div>
        <div class="row"><div class="copyright"><p><img src="https://example.org/logo-small.png" alt="© Bergland Review" title="© Bergland Review"></p><p><a class="line" href="https://example.org/">© Bergland Review</a><br>Von »Wissen Monatlich« übersetzte und bearbeitete Fassung des Artikels »Mosses of the cloud forest« aus »Bergland Review«, einem unabhängigen Magazin einer Stiftung.</p></div></div>
        </article></body></html>
        """;

    [Fact]
    public void A_notice_and_the_note_naming_its_owner_again_are_no_paragraphs()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "moose.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Wie diese Gene", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_paragraph_under_a_notice_that_does_not_name_its_owner_stays()
    {
        var html = Page.Replace("aus »Bergland Review«", "aus einer Zeitschrift");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "moose.html");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Von »Wissen Monatlich«", StringComparison.Ordinal));
    }
}
