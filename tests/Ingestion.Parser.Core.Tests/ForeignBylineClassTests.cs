using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A Spanish, French or Italian template's byline span named in its language (`span.autor`, `.auteur`, `.autore`).</summary>
public class ForeignBylineClassTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Los regantes piden adelantar el riego</title></head><body>
        <div class="noticia"><h1>Los regantes piden adelantar el riego</h1>
        {{byline}}
        <div class="foto"><img src="a.jpg" alt=""><p class="pie-foto">Una acequia sin agua. <span class="autor-foto">Josep Llopis</span></p></div>
        <p>La comunidad de regantes ha solicitado a la Confederación que autorice el riego de invierno a partir del 15 de octubre.</p>
        <p>Según los datos de la propia comunidad, los embalses de cabecera se encuentran al 31% de su capacidad.</p></div>
        </body></html>
        """), "noticia.html");

    [Fact]
    public void The_autor_span_of_a_firma_names_the_writer()
    {
        Assert.Equal(["Pablo Ferrándiz"], Parse("""<div class="firma"><span class="autor">Pablo Ferrándiz</span> | <span class="lugar">Alzira</span></div>""").Authors);
    }

    [Fact]
    public void A_photo_credit_span_names_no_writer()
    {
        Assert.DoesNotContain("Josep Llopis", Parse("""<div class="firma">Redacción</div>""").Authors);
    }

    [Fact]
    public void A_div_of_that_name_gives_its_author_link_not_the_place_beside_it()
    {
        Assert.Equal(["Lucía Montalvo"], Parse("""<div class="firma"><div class="autor"><span class="autor-nombre"><a href="/autor/lm/" rel="author">Lucía Montalvo</a></span> <span class="autor-localidad">Naciones Unidas</span></div></div>""").Authors);
    }
}
