using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectioningChildBlockTests
{
    private static ParsedPage Parse(string rail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>Le marché couvert ferme ses portes pour l'été</title></head><body>
        <div id="colonne">
        <h1>Le marché couvert ferme ses portes pour l'été</h1>
        <div class="texte-principal">
        <p>Les commerçants du marché couvert ont appris lundi que la halle fermerait tout l'été pour des travaux de toiture, sans solution de repli proposée par la mairie.</p>
        <p>Plusieurs d'entre eux disent avoir découvert la nouvelle par une affiche collée sur la porte, alors qu'une réunion était promise depuis le printemps.</p>
        <p>Une pétition circule déjà parmi les clients, qui demandent que les étals puissent s'installer sur la place voisine pendant la durée du chantier.</p>
        </div>
        {rail}
        </div>
        </body></html>
        """), "marche.html");

    [Fact]
    public void A_div_holding_a_section_of_cards_in_the_text_column_adds_no_paragraphs()
    {
        var page = Parse("""
            <div id="encarts"><section class="suggest"><h2>Derniers articles du quartier :</h2>
            <div class="une"><div class="carte"><h3><a href="/autre-1">La bibliothèque prolonge ses horaires</a></h3>
            <p>La bibliothèque municipale ouvrira désormais jusqu'à vingt heures le jeudi, une demande ancienne des étudiants.</p></div></div>
            <a href="/quartier">Tous les articles du quartier.</a>
            </section></div>
            """);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("bibliothèque", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_written_as_sibling_divs_still_make_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Le lavoir restauré</title></head><body>
            <h1>Le lavoir restauré</h1>
            <div id="texte">
            <div>Le vieux lavoir du bas du village a retrouvé son toit de tuiles, après deux ans de travaux menés par des bénévoles.</div>
            <div>Les bénévoles ont démonté puis remonté la charpente pièce par pièce, en gardant les poutres saines.</div>
            <div>Une fête est prévue le premier dimanche de juillet, avec un repas partagé et une exposition de photographies.</div>
            </div>
            </body></html>
            """), "lavoir.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Le vieux lavoir", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
