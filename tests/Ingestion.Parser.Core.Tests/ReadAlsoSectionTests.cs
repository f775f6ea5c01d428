using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadAlsoSectionTests
{
    private const string Page = """
        <html lang="fr"><head><title>Les vergers du plateau attendent la pluie</title></head><body>
        <article><h1>Les vergers du plateau attendent la pluie</h1><p class="byline">Par Lucie Vanderhaegen</p>
        <div class="article-body">
        <p>Les arboriculteurs du plateau comptent les jours sans pluie depuis le début du mois de mars, et les bourgeons des pommiers sèchent déjà sur les branches.</p>
        <section class="catcher catcher--inline"><span class="catcher__title"><span class="icon__premium"><span class="sr-only">Article réservé à nos abonnés</span></span> Lire aussi </span><span class="catcher__desc"> <a href="/sujet/secheresse">La sécheresse menace les récoltes de tout le département</a> </span></section>
        <p>La chambre d’agriculture prévoit une récolte inférieure d’un tiers à celle de l’an dernier si le temps ne change pas avant la fin du mois.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_read_also_section_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "vergers.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Lire aussi", StringComparison.Ordinal));
    }
}
