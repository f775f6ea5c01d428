using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SeeAlsoLabelTests
{
    [Theory]
    [InlineData("Siehe auch:", true)]
    [InlineData("Vedi anche", true)]
    [InlineData("Zie ook:", true)]
    [InlineData("Siehe auch die Anleitung zum Löten weiter oben.", false)]
    public void See_also_in_german_italian_and_dutch_heads_related_links(string line, bool related) =>
        Assert.Equal(related, BoilerplateFilter.IsRelatedHeading(line));

    [Fact]
    public void The_label_and_its_list_of_the_blogs_own_posts_between_the_text_and_its_web_links_are_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "<html><head><title>Ein Dämmerungsschalter mit dem Arduino - Bastelkeller</title></head><body><article><h1>Ein Dämmerungsschalter mit dem Arduino</h1>"
            + "<div class=\"entry-content\"><p>Der Schalter misst die Helligkeit mit einem Fotowiderstand und schaltet die Gartenlampe ein, sobald es dunkel wird.</p>"
            + "<p>Den Schwellwert stellt man mit einem Poti ein, damit die Lampe nicht schon bei jeder Wolke angeht.</p>"
            + "<p><strong>Siehe auch:</strong></p>"
            + "<ul><li><a href=\"https://bastelkeller.example/arduino/relais-modul/\">Ein Relais-Modul am Arduino</a></li>"
            + "<li><a href=\"https://bastelkeller.example/arduino/fotowiderstand/\">Fotowiderstände messen</a></li></ul>"
            + "<p><strong>Weblinks</strong></p>"
            + "<ul><li><a href=\"https://arduino.example/reference/analogRead\">analogRead() in der Referenz</a></li></ul>"
            + "</div></article></body></html>"), "page.html");

        Assert.Equal("Den Schwellwert stellt man mit einem Poti ein, damit die Lampe nicht schon bei jeder Wolke angeht.", page.BodyParagraphs[^1]);
    }
}
