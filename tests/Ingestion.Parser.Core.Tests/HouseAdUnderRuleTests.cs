using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HouseAdUnderRuleTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Zehn Tipps für bessere Fotos mit dem Handy</title>
        <link rel="canonical" href="https://www.beispielblog.de/2019/03/04/handy-fotos/" /></head><body>
        <article class="post"><h1 class="entry-title">Zehn Tipps für bessere Fotos mit dem Handy</h1>
        <div class="meta-author">geschrieben von <span class="vcard author"><span class="fn"><a href="/author/jk/">Jana Keller</a></span></span></div>
        <div class="entry-content">
        <p>Wer mit dem Handy fotografiert, muss nicht auf gute Bilder verzichten: Licht, Ruhe und ein wenig Geduld reichen oft schon aus.</p>
        <p>Am wichtigsten ist das Licht. Fotografiere mit der Sonne im Rücken und meide die Mittagszeit, wenn die Schatten hart werden.</p>
        {closing}
        <div class="shariff"><div class="ShariffHeadline"><hr><h3>Teile diesen Beitrag!</h3></div><ul class="shariff-buttons"><li><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a></li></ul></div>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_bold_pitch_for_the_sites_own_page_under_a_rule_is_no_body()
    {
        var page = Parse("""
            <p></p>
            <hr>
            <h3>Dein Stellenmarkt für Kreative</h3>
            <p><b>Über 5.000 offene Stellen in Design und Fotografie warten auf dich im <a href="https://www.beispielblog.de/stellenmarkt/">Stellenmarkt</a>. Jetzt entdecken!</b></p>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Stellen", StringComparison.Ordinal) || paragraph.Contains("Teile", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bold_closing_note_that_links_elsewhere_stays()
    {
        var page = Parse("""
            <hr>
            <p><strong>Nachtrag: Die Hersteller-Anleitung zum Nachtmodus gibt es <a href="https://hersteller.example.com/nachtmodus">hier</a>.</strong></p>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
