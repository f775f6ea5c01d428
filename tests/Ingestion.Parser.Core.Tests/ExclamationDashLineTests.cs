using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ExclamationDashLineTests
{
    private static ParsedPage Parse(string middle, string foot = "") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Trois émissions retirées de l'antenne</title></head><body>
        <h1>Trois émissions retirées de l'antenne</h1>
        <div class="texte">
        <p>Les animateurs de trois émissions ont appris par un simple appel que leurs programmes quittaient la grille de la radio du quartier, sans réunion ni explication.</p>
        <p>Ils rappellent que ces émissions sont faites par des bénévoles depuis des années et que la radio leur avait promis, au printemps, davantage de place.</p>
        {{middle}}
        <p>Une émission de musique et de paroles, chaque premier mardi du mois, avec des invités venus des associations de la ville et des nouvelles du marché.</p>
        <p>Les auditeurs qui le souhaitent peuvent écrire à la radio pour dire ce que ces émissions leur apportaient, avant la réunion du bureau de septembre.</p>
        <p>Les trois équipes promettent de continuer à diffuser leurs émissions sur internet en attendant une réponse claire de la direction de la station.</p>
        {{foot}}
        </div></body></html>
        """), "radio.html");

    [Fact]
    public void A_dashed_name_and_gloss_closing_on_an_exclamation_is_a_crosshead_of_the_text()
    {
        var page = Parse("<p><strong> - Les Veilleurs - l'émission qui ne dort jamais ! </strong></p>");

        Assert.Empty(page.Authors);
        Assert.Contains("- Les Veilleurs - l'émission qui ne dort jamais !", page.BodyParagraphs);
    }

    [Fact]
    public void A_dashed_sign_off_at_the_foot_still_names_the_writer()
    {
        var page = Parse("", "<p>— Odile Marchand</p>");

        Assert.Equal(["Odile Marchand"], page.Authors);
        Assert.DoesNotContain("— Odile Marchand", page.BodyParagraphs);
    }
}
