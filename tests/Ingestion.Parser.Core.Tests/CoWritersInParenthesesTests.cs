using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CoWritersInParenthesesTests
{
    [Theory]
    [InlineData("Claire Vasseur (avec Julien Morel et Anaïs Roux)", new[] { "Claire Vasseur", "Julien Morel", "Anaïs Roux" })]
    [InlineData("Claire Vasseur (avec Julien Morel)", new[] { "Claire Vasseur", "Julien Morel" })]
    [InlineData("Dana Whitcomb (with Peter Alvarez and Ruth Okafor)", new[] { "Dana Whitcomb", "Peter Alvarez", "Ruth Okafor" })]
    [InlineData("Jonas Keller (mit Lea Brandt)", new[] { "Jonas Keller", "Lea Brandt" })]
    public void A_bracket_of_co_writers_after_the_name_gives_each_writer(string byline, string[] names) =>
        Assert.Equal(names, CoWritersInParentheses.Split(byline));

    [Theory]
    [InlineData("Claire Vasseur (avec AFP)")]
    [InlineData("Claire Vasseur (avec notre correspondant à Lyon)")]
    [InlineData("Claire Vasseur (Lyon, correspondante)")]
    [InlineData("Claire Vasseur")]
    [InlineData("Le texte sera examiné (avec soin) par le Sénat, puis le Conseil constitutionnel (avec Julien Morel)")]
    public void A_bracket_of_an_agency_a_role_or_a_place_is_no_list_of_writers(string byline) =>
        Assert.Null(CoWritersInParentheses.Split(byline));

    [Fact]
    public void A_byline_marked_twice_as_the_author_with_its_co_writers_names_each_writer_once()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Le conseil municipal vote le budget</title></head><body>
            <article itemscope itemtype="http://schema.org/NewsArticle">
            <h1 itemprop="headline">Le conseil municipal vote le budget</h1>
            <p class="signature">Par <span itemprop="author"><a href="/journaliste/claire-vasseur/">Claire Vasseur</a> (avec Julien Morel et Anaïs Roux)</span></p>
            <div itemprop="articleBody">
            <p>Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après quatre heures de débat dans la salle des fêtes.</p>
            <p>L'opposition a voté contre, en dénonçant la hausse des tarifs de la cantine et le report des travaux de la piscine.</p>
            </div>
            <ul class="signature"><li itemprop="author"><a href="/journaliste/claire-vasseur/">Claire Vasseur</a> (avec Julien Morel et Anaïs Roux)
            <br><span>Journaliste au Quotidien</span> <span class="suivre"><strong>Suivre</strong> <a href="/journaliste/claire-vasseur/">Aller sur la page de ce journaliste</a></span></li></ul>
            </article></body></html>
            """), "page.html");

        Assert.Equal(["Claire Vasseur", "Julien Morel", "Anaïs Roux"], page.Authors);
    }
}
