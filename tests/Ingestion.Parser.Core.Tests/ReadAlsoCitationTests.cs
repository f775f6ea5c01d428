using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadAlsoCitationTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="fr"><head><title>Le port et la ville, par Anne Morel</title></head><body>
        <div id="contenu"><h1>Le port et la ville</h1><div class="dates_auteurs">par <span class="auteurs">Anne Morel</span>, 2 mai 2019</div>
        <div class="texte">{box}
        <p>Le port a longtemps tourné le dos à la ville, et la ville le lui rendait bien, derrière ses grilles et ses entrepôts fermés.</p>
        <p>Depuis dix ans, les quais se rouvrent un à un, et les habitants redécouvrent un bord de mer qu'ils ne connaissaient pas.</p></div>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_read_also_box_citing_another_story_is_no_body()
    {
        var page = Parse("""
            <q class="lire_aussi"><div class="logo"><a href="/12345"><img src="a.jpg" /></a></div>
            Lire aussi Paul Vidal <span class="et">&amp;</span> Léa Roux, «&nbsp;<a href="/12345">Les docks, une histoire ouvrière</a>&nbsp;», <i>La Revue</i>, mars&nbsp;2018.</q>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Lire aussi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_that_only_mentions_reading_stays()
    {
        var page = Parse("""
            <p>Lire aussi les archives du port, ouvertes au public depuis 2015, permet de comprendre <a href="/archives">comment les docks ont fermé</a> et pourquoi la ville a attendu si longtemps avant de racheter les terrains vides, les hangars et les grues qui rouillaient au bout du môle, pendant que les armateurs partaient un à un vers le Havre et Anvers.</p>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
