using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VenueLabelTravelInfoBoxTests
{
    private static ParsedPage Parse(string label) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Lesung am Hafen | Hafenverlag</title></head><body>
        <article><h1>Lesung am Hafen: Wie Kinder heute lesen lernen</h1>
        <p>Die Stadtbibliothek lädt zu einem Abend über das Lesenlernen ein, mit Beispielen aus drei Grundschulen und einer offenen Runde.</p>
        <p>Moderation: Lena Brandt, Hafenbote</p>
        <div class="eventPlace"><h5>{{label}}</h5>Saal 4, Erdgeschoss<br/>Stadtbibliothek am Kai<br/>Kaiweg 12<br/>12345 Hafenstadt<br/></div>
        </article></body></html>
        """), "lesung.html");

    [Theory]
    [InlineData("Veranstaltungsort")]
    [InlineData("Venue")]
    public void An_event_pages_venue_box_is_no_body(string label)
    {
        var page = Parse(label);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal("Moderation: Lena Brandt, Hafenbote", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void Short_lines_under_another_heading_stay()
    {
        var page = Parse("Drei Fragen an die Bibliothek");

        Assert.Contains("Kaiweg 12", page.BodyParagraphs);
    }

    [Fact]
    public void The_venue_label_opens_a_box_of_short_lines_in_a_text_page()
    {
        var lines = new PageLines(TextLine.Split("Die Runde endet gegen acht Uhr.\nVeranstaltungsort\nSaal 4, Erdgeschoss\nKaiweg 12\n12345 Hafenstadt"));

        Assert.All([1, 2, 3, 4], index => Assert.True(TravelInfoBox.Is(lines, index)));
        Assert.False(TravelInfoBox.Is(lines, 0));
    }
}
