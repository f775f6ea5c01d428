using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SingleGuillemetTitleSeparatorTests
{
    private static ParsedPage Parse(string documentTitle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>{{documentTitle}}</title></head><body>
        <article><h1>Le bac de nuit garde sa traversée</h1>
        <p>Le conseil du port a voté mardi le maintien du bac de nuit jusqu'à minuit pendant tout l'hiver prochain, contre l'avis du syndicat mixte.</p>
        <p>L'équipage avait demandé cette traversée tardive après un été où plus de deux cents passagers l'ont prise chaque semaine depuis juin.</p>
        </article>
        </body></html>
        """), "bac.html");

    [Theory]
    [InlineData("Le bac de nuit garde sa traversée &lsaquo; Projet Littoral")]
    [InlineData("Le bac de nuit garde sa traversée › Projet Littoral")]
    public void A_single_guillemet_parts_the_site_from_the_headline(string documentTitle)
    {
        Assert.Equal("Projet Littoral", Parse(documentTitle).Site);
    }

    [Fact]
    public void A_bar_still_parts_them()
    {
        Assert.Equal("Projet Littoral", Parse("Le bac de nuit garde sa traversée | Projet Littoral").Site);
    }
}
