using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BareAuthorLabelBoxTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_label_a_name_and_a_biography_going_on_from_it_are_a_box()
    {
        var lines = Lines("AUTOR\nDr. Jonas Feldhaus\nist Partner einer Kölner Kanzlei. Er berät vor allem Mieter.");
        Assert.Equal(2, BareAuthorLabelBox.End(lines, 0, lines.Count));
        var english = Lines("Author\nMaya Lindqvist\nMaya Lindqvist is a partner at a Seattle firm that advises tenants.");
        Assert.Equal(2, BareAuthorLabelBox.End(english, 0, english.Count));
    }

    [Theory]
    [InlineData("Autor\nDr. Jonas Feldhaus\nDer Verband rät, Kopien der wichtigsten Unterlagen aufzubewahren.")]
    [InlineData("Autor\nDie Kanzlei in Köln\nist seit Jahren im Mietrecht tätig.")]
    [InlineData("Autor\nDr. Jonas Feldhaus\nist Partner der Kanzlei Feldhaus in Köln")]
    [InlineData("Autorität\nDr. Jonas Feldhaus\nist Partner der Kanzlei Feldhaus in Köln.")]
    public void Another_line_under_the_label_leaves_it(string text)
    {
        var lines = Lines(text);
        Assert.Equal(-1, BareAuthorLabelBox.End(lines, 0, lines.Count));
    }

    [Fact]
    public void A_guest_box_closing_the_text_is_no_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Was Mieter jetzt tun können - Technikfreunde</title></head><body>
            <h1>Was Mieter jetzt tun können</h1>
            <p class="byline">von Jana Westphal am 22. September 2015</p>
            <div id="articleContent">
            <p>Gestern hat das Gericht entschieden, dass Vermieter Auskunft über gespeicherte Daten geben müssen, wenn Mieter danach fragen.</p>
            <blockquote><p>„Wer Fragen hat, sollte sich zuerst schriftlich an die Verwaltung wenden und eine Frist von vier Wochen setzen.“</p>
            <div class="highlight"><div class="header">AUTOR</div><h3>Dr. Jonas Feldhaus</h3>
            <p>ist Partner einer Kölner Kanzlei. Er berät vor allem Mieter und Verbände im Datenschutz.</p></div></blockquote>
            </div></body></html>
            """), "page.html");

        Assert.Equal(
            ["Gestern hat das Gericht entschieden, dass Vermieter Auskunft über gespeicherte Daten geben müssen, wenn Mieter danach fragen.",
             "„Wer Fragen hat, sollte sich zuerst schriftlich an die Verwaltung wenden und eine Frist von vier Wochen setzen.“"],
            page.BodyParagraphs);
        Assert.Equal(["Jana Westphal"], page.Authors);
    }
}
