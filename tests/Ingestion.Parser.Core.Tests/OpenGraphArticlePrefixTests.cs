using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OpenGraphArticlePrefixTests
{
    private const string Page = """
        <html lang="fr"><head><title>Les vergers du plateau attendent la pluie</title>
        <meta property="og:site_name" content="Le Courrier des Plateaux">
        <meta property="og:article:author" content="Lucie Vanderhaegen">
        <meta property="og:article:published_time" content="2021-04-12T07:45:10+00:00">
        </head><body>
        <nav><a class="card" href="/autre"><div class="card__author"><div class="card__author-name">Marc Delorme</div></div><p class="card__title">Un autre sujet du jour</p></a></nav>
        <article><h1>Les vergers du plateau attendent la pluie</h1>
        <p class="meta"><span class="meta__date">Publié aujourd’hui à 09h45</span></p>
        <section class="article__content">
        <p>Les arboriculteurs du plateau comptent les jours sans pluie depuis le début du mois de mars, et les bourgeons des pommiers sèchent déjà sur les branches.</p>
        <p>La chambre d’agriculture prévoit une récolte inférieure d’un tiers à celle de l’an dernier si le temps ne change pas avant la fin du mois.</p>
        </section></article></body></html>
        """;

    [Fact]
    public void The_og_article_metas_give_the_writer_and_the_time()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "vergers.html");
        Assert.Equal(["Lucie Vanderhaegen"], page.Authors);
        Assert.Equal("2021-04-12T07:45:10+00:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("og:article:author", "article:author")]
    [InlineData("OG:ARTICLE:TAG", "ARTICLE:TAG")]
    [InlineData("og:title", "og:title")]
    [InlineData("og:article:", "og:article:")]
    public void Only_the_article_properties_lose_the_prefix(string name, string read) =>
        Assert.Equal(read, OpenGraphArticlePrefix.Normalize(name));
}
