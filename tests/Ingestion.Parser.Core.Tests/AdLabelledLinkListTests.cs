using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AdLabelledLinkListTests
{
    private static ParsedPage Parse(string afterText) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="de"><head><title>Eine L&ouml;tstation im Eigenbau &laquo; Bastelecke</title></head><body>
        <div class="post"><h1>Eine L&ouml;tstation im Eigenbau</h1><div class="post-bodycopy">
        <p>Meine alte L&ouml;tstation hat im Winter den Geist aufgegeben, und statt gleich eine neue zu kaufen, wollte ich erst einmal selbst eine bauen.</p>
        <p>Ein Netzteil, ein Temperaturf&uuml;hler und ein kleiner Regler reichen daf&uuml;r aus, und nach zwei Abenden am Werktisch lief die neue Station zum ersten Mal.</p>
        {{afterText}}</div></div></body></html>
        """), "loetstation.html");

    [Fact]
    public void Links_under_an_ad_label_are_no_body()
    {
        var page = Parse("""
            <p><strong>Werbung:</strong></p>
            <ul><li><a rel="nofollow" href="https://shop.example/a1">Temperaturregler 24 V mit Anzeige</a></li>
            <li><a rel="nofollow" href="https://shop.example/a2">L&ouml;tspitzen, 10 St&uuml;ck</a></li></ul>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("10 Stück", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_points_under_an_ad_label_stays()
    {
        var page = Parse("""
            <p><strong>Werbung:</strong></p>
            <ul><li>Ein Plakat am Bahnhof kostet im Monat mehr als die ganze Station.</li>
            <li>Eine Anzeige im Vereinsblatt war dagegen fast umsonst.</li></ul>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("Vereinsblatt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Werbung:", true)]
    [InlineData("Anzeige", true)]
    [InlineData("Werbung für den Verein:", false)]
    public void The_label_is_read_with_or_without_its_colon(string line, bool label)
    {
        Assert.Equal(label, AdvertisedLinkList.IsLabel(line));
    }
}
