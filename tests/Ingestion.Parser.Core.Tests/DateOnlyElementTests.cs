using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateOnlyElementTests
{
    private const string Description = "Le conseil du port maintient le bac de nuit. Nous publions ci-dessous le communiqué de l'équipage.";

    private static ParsedPage Parse(string dateRow) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Le bac de nuit garde sa traversée</title>
        <meta property="og:description" content="{{Description}}"></head><body>
        <main><article class="col-md-9">
        <div class="entete"><h4>Transports</h4><h1>Le bac de nuit garde sa traversée</h1><p>{{Description}}</p></div>
        {{dateRow}}
        <div class="texte">
        <p>Communiqué de l'équipage - 3 mars 2014</p>
        <p>Le conseil du port a voté mardi le maintien du bac de nuit jusqu'à minuit pendant tout l'hiver prochain.</p>
        <p>L'équipage avait demandé cette traversée tardive après un été où plus de deux cents passagers l'ont prise chaque semaine.</p>
        </div>
        </article></main>
        </body></html>
        """), "bac.html");

    [Fact]
    public void A_paragraph_repeating_the_description_over_a_plain_date_row_is_the_standfirst()
    {
        var page = Parse("""<p class="date"><span>mardi 4 mars 2014</span></p>""");

        Assert.DoesNotContain(Description, page.BodyParagraphs);
        Assert.Equal("Communiqué de l'équipage - 3 mars 2014", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("<p>Ouvert le 4 mars 2014 au public</p>", false)]
    [InlineData("<span>il y a 2 heures</span>", false)]
    [InlineData("<h5>04.03.2014</h5>", true)]
    public void Only_an_element_holding_a_day_alone_is_a_date_row(string markup, bool expected)
    {
        var element = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{markup}</body>").Body!.FirstElementChild!;
        Assert.Equal(expected, DateOnlyElement.Is(element));
    }
}
