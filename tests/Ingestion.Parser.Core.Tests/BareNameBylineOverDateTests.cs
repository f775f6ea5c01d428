using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BareNameBylineOverDateTests
{
    [Theory]
    [InlineData("Lucía Ferrer | Valdeluna\n25/09/2013 - 11:20 CEST", true)]
    [InlineData("Lucía Ferrer\n25/09/2013 - 11:20 CEST", true)]
    [InlineData("Lucía Ferrer | Valdeluna\nEl casco antiguo quedará cerrado al tráfico.", false)]
    [InlineData("Los vecinos celebran la medida.\n25/09/2013 - 11:20 CEST", false)]
    public void A_bare_name_over_a_date_line_is_a_byline(string text, bool byline)
    {
        var lines = new PageLines(TextLine.Split(text));

        Assert.Equal(byline, BareNameBylineOverDate.Is(lines, 0, lines.Count));
    }

    [Fact]
    public void The_deck_over_a_bare_name_byline_is_no_headline_and_the_lead_over_the_picture_is_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Sociedad
            El Ayuntamiento de Valdeluna cerrará al tráfico el casco antiguo en enero
            Solo podrán entrar vecinos, emergencias y carga y descarga en horario de mañana

            Lucía Ferrer | Valdeluna
            25/09/2013 - 11:20 CEST

            Comentarios (5)

            El casco antiguo de Valdeluna quedará cerrado al tráfico privado a partir del 13 de enero, según aprobó el pleno.

            Vista de la calle Mayor de Valdeluna, este martes. / ANA RUIZ

            Solo podrán entrar los vecinos empadronados, los servicios de emergencia y los vehículos de carga y descarga.

            Los comerciantes se muestran divididos sobre la medida y piden un aparcamiento disuasorio.
            """), "page.txt");

        Assert.Equal("El Ayuntamiento de Valdeluna cerrará al tráfico el casco antiguo en enero", page.Title);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("El casco antiguo", page.BodyParagraphs[0]);
    }
}
