using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoxesAfterArticleFooterTests
{
    private const string Page = """
        <html lang="fr"><head><title>Les vergers du plateau attendent la pluie</title></head><body>
        <main><article class="article"><section class="zone">
        <header><h1>Les vergers du plateau attendent la pluie</h1><p class="meta">Par Lucie Vanderhaegen</p></header>
        <section class="article__content">
        <p>Les arboriculteurs du plateau comptent les jours sans pluie depuis le début du mois de mars, et les bourgeons des pommiers sèchent déjà sur les branches.</p>
        <p>La chambre d’agriculture prévoit une récolte inférieure d’un tiers à celle de l’an dernier si le temps ne change pas avant la fin du mois.</p>
        <p>Les producteurs de cidre, eux, ont déjà commandé des pommes dans la vallée voisine, où les orages de la semaine dernière ont rempli les réservoirs.</p>
        </section>
        <aside class="aside"><section class="friend"><div class="insert"><p class="insert__title">Les plus lus</p></div></section></aside>
        <footer class="article-footer"><section class="siblings"><p class="siblings__title">Dans la même rubrique</p></section></footer>
        <section class="area area--section area--services-footer"> <a href="/services/"><h4 class="area__title">Services</h4></a>
        <div class="bd__bloc" data-partner="bons-plans"> <div class="bd__header"> <span>Bons plans</span> <span>avec Un Partenaire</span> </div>
        <div class="bd__content bd__content--classic"> <ul> <li><a href="/bons-plans/velo">Vélos : 20 % de remise</a></li> <li><a href="/bons-plans/train">Train : billets à prix réduit</a></li> </ul> </div>
        <div class="bd__footer"> <a class="bd__btn" href="/bons-plans/">Toutes les offres</a> </div> </div> </section>
        </section></article></main></body></html>
        """;

    [Fact]
    public void The_boxes_after_the_articles_footer_are_no_text()
    {
        using var document = new HtmlParser().ParseDocument(Page);
        BoxesAfterArticleFooter.Remove(document);
        Assert.Null(document.QuerySelector(".area--services-footer"));
        Assert.NotNull(document.QuerySelector(".article__content"));
        Assert.NotNull(document.QuerySelector("footer"));
    }

    [Fact]
    public void Prose_after_a_footer_set_over_the_text_stays()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><article><header><h1>Les vergers du plateau attendent la pluie</h1></header>
            <footer class="entry-meta">Publié le 12 avril 2021</footer>
            <div class="entry"><p>Les arboriculteurs du plateau comptent les jours sans pluie depuis le début du mois de mars, et les bourgeons sèchent.</p></div>
            </article></body></html>
            """);
        BoxesAfterArticleFooter.Remove(document);
        Assert.NotNull(document.QuerySelector(".entry"));
    }
}
