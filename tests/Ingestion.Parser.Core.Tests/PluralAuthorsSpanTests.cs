using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"&lt;span class="autores"&gt;&lt;a&gt;A&lt;/a&gt; y &lt;a&gt;B&lt;/a&gt;&lt;/span&gt;": a byline span named in the plural names both writers.</summary>
public class PluralAuthorsSpanTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Sanidad cierra seis urgencias rurales | El Correo Nacional</title></head><body><h1>Sanidad cierra seis urgencias rurales</h1>"
        + "<div class=\"firma\">" + byline + " <span class=\"localidad\">| Madrid</span></div><div class=\"texto\">"
        + "<p>La Consejería de Sanidad cerrará por la noche los servicios de urgencias de seis centros de salud de la sierra norte a partir de noviembre.</p>"
        + "<p>Los alcaldes de la zona han convocado una concentración para el próximo domingo frente a la sede de la Consejería.</p></div></body></html>"), "page.html");

    [Fact]
    public void Both_writers_of_a_plural_span_are_authors_without_the_place()
    {
        var page = Parse("<span class=\"autores\"><a href=\"/autor/javier-ortuno/\">Javier Ortuño</a> y <a href=\"/autor/elena-sastre/\">Elena Sastre</a></span>");

        Assert.Equal(["Javier Ortuño", "Elena Sastre"], page.Authors);
    }

    [Fact]
    public void A_single_name_in_a_singular_span_reads_as_before()
    {
        var page = Parse("<span class=\"autor\"><a href=\"/autor/javier-ortuno/\">Javier Ortuño</a></span>");

        Assert.Equal(["Javier Ortuño"], page.Authors);
    }
}
