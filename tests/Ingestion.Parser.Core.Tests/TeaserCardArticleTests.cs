using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserCardArticleTests
{
    private const string Text = """
        <h1>Le marché couvert ferme ses portes pour l'été</h1>
        <div class="texte-principal">
        <p>Les commerçants du marché couvert ont appris lundi que la halle fermerait tout l'été pour des travaux de toiture, sans solution de repli proposée par la mairie.</p>
        <p>Plusieurs d'entre eux disent avoir découvert la nouvelle par une affiche collée sur la porte, alors qu'une réunion était promise depuis le printemps.</p>
        <p>Une pétition circule déjà parmi les clients, qui demandent que les étals puissent s'installer sur la place voisine pendant la durée du chantier.</p>
        </div>
        """;

    private static ParsedPage Parse(string rail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>Le marché couvert ferme ses portes pour l'été</title></head><body>
        {Text}
        {rail}
        </body></html>
        """), "marche.html");

    [Fact]
    public void A_rail_card_marked_as_an_article_with_a_linked_heading_is_no_text()
    {
        var page = Parse("""
            <section class="suggest"><h2>Derniers articles du quartier :</h2>
            <div class="une"><article><h3><a href="/autre-1">La bibliothèque prolonge ses horaires</a></h3><img src="/1.jpg" alt="">
            <p>La bibliothèque municipale ouvrira désormais jusqu'à vingt heures le jeudi, une demande ancienne des étudiants du quartier qui réclamaient un lieu calme. La mairie promet un bilan à la rentrée et une extension au samedi si la fréquentation suit.</p></article></div>
            </section>
            """);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Les commerçants du marché couvert", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_post_in_an_article_with_its_headline_linked_to_itself_is_still_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Le lavoir restauré</title></head><body>
            <article><h2><a href="/le-lavoir-restaure">Le lavoir restauré</a></h2>
            <p>Le vieux lavoir du bas du village a retrouvé son toit de tuiles, après deux ans de travaux menés par une association de bénévoles et financés par une souscription.</p>
            <p>Les bénévoles ont démonté puis remonté la charpente pièce par pièce, en gardant les poutres saines et en taillant à la main celles qu'il fallait remplacer.</p>
            <p>Une fête est prévue le premier dimanche de juillet, avec un repas partagé et une exposition de photographies anciennes prêtées par les habitants.</p>
            <p>L'association cherche déjà son prochain chantier : le four à pain de la ferme voisine, dont la voûte menace de s'effondrer depuis l'hiver dernier.</p>
            </article>
            <div class="rail"><p>Un court mot de la rédaction.</p></div>
            </body></html>
            """), "lavoir.html");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Le vieux lavoir du bas du village", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("L'association cherche déjà", StringComparison.Ordinal));
    }
}
