using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Javier Ortuño y Elena Sastre | Madrid" over the date line: a byline box of two writers, no "Por".</summary>
public class TwoWritersBeforeTownBarTests
{
    private const string Page = """
        Madrid

        Sanidad cerrará por la noche seis urgencias rurales de la sierra madrileña

        La Consejería concentrará la atención nocturna en dos centros comarcales a partir del 1 de noviembre. Los alcaldes anuncian movilizaciones.

        {0}

        Publicado: 27/09/2013 10:05 CEST Actualizado: 27/09/2013 14:21 CEST

        La Consejería de Sanidad cerrará entre las 21.00 y las 8.00 horas los servicios de urgencias de seis centros de salud de la sierra norte.

        Los puntos afectados son los de Guadalix de la Sierra, Bustarviejo y Rascafría, que atienden a unos 19.000 vecinos censados.
        """;

    [Fact]
    public void Both_writers_are_read_and_the_deck_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("{0}", "Javier Ortuño y Elena Sastre | Madrid")), "page.txt");

        Assert.Equal(["Javier Ortuño", "Elena Sastre"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("La Consejería de Sanidad", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("Javier Ortuño y Elena Sastre | Madrid\n27/09/2013 10:05 CEST", true)]
    [InlineData("Javier Ortuño y Elena Sastre\n27/09/2013 10:05 CEST", false)]
    [InlineData("Los vecinos y los alcaldes | Madrid\n27/09/2013 10:05 CEST", false)]
    [InlineData("Javier Ortuño y Elena Sastre | Madrid\nLa Consejería cerrará seis centros.", false)]
    public void Only_names_before_a_bar_over_a_date_make_the_box(string text, bool byline)
    {
        var lines = new PageLines(TextLine.Split(text));

        Assert.Equal(byline, BareNameBylineOverDate.Is(lines, 0, lines.Count));
    }

    [Fact]
    public void A_sentence_before_the_bar_names_no_writers()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("{0}", "Los vecinos y los alcaldes protestan | Madrid")), "page.txt");

        Assert.Empty(page.Authors);
    }
}
