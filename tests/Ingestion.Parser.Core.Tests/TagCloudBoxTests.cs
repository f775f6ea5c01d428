using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagCloudBoxTests
{
    [Fact]
    public void A_tag_cloud_under_the_text_gives_tags_and_no_signature_or_paragraph()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>Les cinq plus gros forums de l'année</title></head><body>
            <article class="post" itemscope="" itemtype="http://schema.org/Article">
            <header><h1>Les cinq plus gros forums de l'année</h1>
            <div class="post-meta"><span class="posted-by">Par <span class="reviewer" itemprop="author"><a href="/author/fv/" rel="author">FV Team</a></span></span>
            <time datetime="2017-01-08T17:48:24+00:00">8 janvier 2017</time></div></header>
            <div class="post-content"><p>Chaque année, nos confrères dressent la liste des plus gros forums du monde, et le classement a beaucoup bougé cette fois.</p>
            <h2>5. Forumville</h2><p>Le forum est de retour dans le classement cette année, malgré un blocage chez certains fournisseurs d'accès du pays.</p>
            <p>Nous sommes arrivés à la fin de ce classement; le classement des forums francophones sera publié la semaine prochaine.</p>
            <div class="tagcloud"><a href="/tag/actualite/" rel="tag">Actualité</a> <a href="/tag/forums/" rel="tag">Forums</a></div></div>
            </article></body></html>
            """), "page.html");

        Assert.Equal(["Actualité", "Forums"], page.Tags);
        Assert.DoesNotContain("Actualité Forums", page.Authors);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Actualité", StringComparison.Ordinal));
        Assert.StartsWith("Nous sommes arrivés", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }
}
