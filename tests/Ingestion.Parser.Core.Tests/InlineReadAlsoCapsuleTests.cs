using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineReadAlsoCapsuleTests
{
    private static ParsedPage Parse(string paragraph) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="fr"><head><title>Le port et la ville, par Anne Morel</title></head><body>
        <div id="contenu"><h1>Le port et la ville</h1><div class="dates_auteurs">par <span class="auteurs">Anne Morel</span>, 2 mai 2019</div>
        <div class="texte">
        <p>Le port a longtemps tourné le dos à la ville, et la ville le lui rendait bien, derrière ses grilles et ses entrepôts fermés.</p>
        {paragraph}
        <p>Depuis dix ans, les quais se rouvrent un à un, et les habitants redécouvrent un bord de mer qu'ils ne connaissaient pas.</p></div>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_read_also_capsule_inside_a_paragraph_is_no_part_of_its_words()
    {
        var page = Parse("""
            <p>Le maire a promis de rouvrir le quai nord. <span class="Capsule"><span class="Label">À LIRE AUSSI</span> <strong><a href="/docks">Les docks, une histoire ouvrière</a></strong></span>Les dockers, eux, se souviennent des grèves de 1995 et des hangars vidés en une nuit.</p>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal("Le maire a promis de rouvrir le quai nord. Les dockers, eux, se souviennent des grèves de 1995 et des hangars vidés en une nuit.",
            page.BodyParagraphs[1].Replace("\n", " ", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("LIRE AUSSI", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_opens_with_the_label_and_goes_on_stays()
    {
        var page = Parse("""
            <p>Le maire a promis de rouvrir le quai nord. <em>Lire aussi les archives du port, ouvertes depuis 2015, sur <a href="/archives">le site de la ville</a></em> permet de comprendre pourquoi.</p>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("Lire aussi les archives du port", StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_phrase_without_the_label_stays_in_its_paragraph()
    {
        var page = Parse("""
            <p>Le maire a promis de rouvrir le quai nord, <span class="Capsule"><a href="/docks">comme le demandaient les dockers</a></span> depuis des années.</p>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("comme le demandaient les dockers", StringComparison.Ordinal));
    }
}
