using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AnnouncedAddressLineTests
{
    private static ParsedPage Parse(string paragraphs) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Décisions de l’assemblée du mardi - Sauvegardons l’École !</title></head><body>
        <div class="content hentry"><h1>Décisions de l’assemblée du mardi</h1>
        <div class="texte">
        <p>L’assemblée des personnels a réuni mardi quatre-vingts collègues venus de plus de trente établissements et écoles.</p>
        <p>Elle appelle à tenir des assemblées dans les établissements pour mettre en débat la grève et sa poursuite.</p>
        {{paragraphs}}
        </div></div></body></html>
        """), "page.html");

    [Fact]
    public void An_address_the_paragraph_above_announces_is_a_paragraph()
    {
        var page = Parse("""
            <p>Pour cela, l’assemblée a d’ores et déjà mis en place une boîte mail dédiée&nbsp;:</p>
            <p><a href="mailto:suivi.reformes@example.org" class="spip_mail">suivi.reformes@example.org</a></p>
            <p>Elle appelle à envoyer les témoignages et les bilans de rentrée produits dans les établissements et les écoles.</p>
            """);

        Assert.Contains("suivi.reformes@example.org", page.BodyParagraphs);
        Assert.Equal("Elle appelle à envoyer les témoignages et les bilans de rentrée produits dans les établissements et les écoles.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void The_writers_address_under_the_text_stays_out()
    {
        var page = Parse("""
            <p>Une nouvelle assemblée se tiendra le 24 septembre à la Bourse du travail.</p>
            <p><a href="mailto:jdupont@example.org">jdupont@example.org</a></p>
            """);

        Assert.DoesNotContain("jdupont@example.org", page.BodyParagraphs);
    }
}
