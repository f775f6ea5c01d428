using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkedHeadingOverLinkedPictureTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Die Kartenapp zeigt jetzt Radwege | Netzblatt</title>
        <meta property="og:site_name" content="Netzblatt"></head><body>
        <article class="article-detailed"><h1>Die Kartenapp zeigt jetzt Radwege</h1>
        <div class="article-content">
        <p>Die Kartenapp zeigt in ihrer neuen Version erstmals Radwege an, getrennt nach Belag, Steigung und Verkehr, und schlägt ruhige Strecken vor.</p>
        <p>Wer mit dem Rad pendelt, kann eine Route speichern und bekommt morgens eine Nachricht, wenn eine Baustelle den Weg versperrt.</p>
        <hr>
        {closing}
        </div></article></body></html>
        """), "radwege.html");

    [Fact]
    public void A_heading_linking_to_another_story_over_a_picture_linking_there_too_is_a_card_and_no_body()
    {
        var page = Parse("""
            <h3 class="has-text-align-center"><a href="https://netzblatt.example/apps/kartenapp-offline">Die Kartenapp lässt dich Karten offline speichern</a></h3>
            <div class="wp-block-image"><figure class="aligncenter"><a href="https://netzblatt.example/apps/kartenapp-offline"><img src="/karten.jpg" alt="Karte auf einem Telefon"></a><figcaption>© Name Beispiel – Bilderdienst</figcaption></figure></div>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Die Kartenapp lässt dich Karten offline speichern", page.BodyParagraphs);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_linked_heading_over_a_picture_linking_elsewhere_stays()
    {
        var page = Parse("""
            <h3><a href="https://netzblatt.example/apps/kartenapp-offline">Offline speichern</a></h3>
            <div class="wp-block-image"><figure><a href="/bilder/karten-gross.jpg"><img src="/karten.jpg" alt="Karte auf einem Telefon"></a></figure></div>
            <p>Karten lassen sich außerdem für eine ganze Region speichern, was im Funkloch auf dem Land die Navigation rettet.</p>
            """);

        Assert.Contains("Offline speichern", page.BodyParagraphs);
    }
}
