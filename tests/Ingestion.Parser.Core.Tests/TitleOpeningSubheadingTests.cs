using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleOpeningSubheadingTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Le bac de nuit garde sa traversée jusqu'en mars ‹ Projet Littoral</title></head><body>
        <div id="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/contact/">Contact</a></li></ul></div>
        <div class="inner"><div class="sidebar_content">
        <div class="post_wrapper">
        <div class="post_header">{{heading}}</div>
        <div class="post_detail">4 mars 2014</div>
        <div class="post_body">
        <p>Le conseil du port a voté mardi le maintien du bac de nuit jusqu'à minuit pendant tout l'hiver prochain, contre l'avis du syndicat mixte.</p>
        <p>L'équipage avait demandé cette traversée tardive après un été où plus de deux cents passagers l'ont prise chaque semaine depuis juin.</p>
        <p>Les horaires d'hiver seront affichés à la gare maritime dès la semaine prochaine, a précisé la capitainerie dans un communiqué.</p>
        </div></div></div>
        <div class="sidebar_wrapper"><div class="sidebar"><ul><li>Archives</li></ul></div></div>
        </div>
        </body></html>
        """), "bac.html");

    [Fact]
    public void An_h3_opening_the_document_title_keeps_the_main_column_named_for_the_sidebar()
    {
        var page = Parse("<h3><a href=\"/bac/\">Le bac de nuit garde sa traversée jusqu'en mars</a></h3>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Le conseil du port", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("<h3>Le bac de nuit garde sa traversée jusqu'en mars</h3>", true)]
    [InlineData("<h3>Le bac de nuit garde sa traversée jusqu'en mars</h3><h2>Le bac de nuit garde sa traversée jusqu'en mars</h2>", false)]
    [InlineData("<h3>Le bac</h3>", false)]
    [InlineData("<h3>Le bac de nuit garde sa traversée</h3>", false)]
    public void Only_one_heading_that_opens_the_title_up_to_its_separator_is_the_headline(string headings, bool found)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            $"<html><head><title>Le bac de nuit garde sa traversée jusqu'en mars ‹ Projet Littoral</title></head><body>{headings}</body></html>");

        Assert.Equal(found, TitleOpeningSubheading.Find(document) is not null);
    }
}
