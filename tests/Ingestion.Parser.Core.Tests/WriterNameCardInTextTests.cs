using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterNameCardInTextTests
{
    private const string Page = """
        <html lang="fr"><head><title>Les vergers du plateau attendent la pluie</title>
        <meta property="article:author" content="Lucie Vanderhaegen"></head><body>
        <article><h1>Les vergers du plateau attendent la pluie</h1>
        <div class="article-body">
        <p>Les arboriculteurs du plateau comptent les jours sans pluie depuis le début du mois de mars, et les bourgeons des pommiers sèchent déjà sur les branches.</p>
        <p>La chambre d’agriculture prévoit une récolte inférieure d’un tiers à celle de l’an dernier si le temps ne change pas avant la fin du mois.</p>
        <section class="author"><p><span class="author__detail"><span class="author__name">Lucie Vanderhaegen</span> <span class="author__desc">(Clermont-Ferrand, correspondante)</span></span></p></section>
        </div></article></body></html>
        """;

    [Fact]
    public void The_writers_card_under_the_text_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "vergers.html");
        Assert.Equal(["Lucie Vanderhaegen"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("La chambre", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }
}
