using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A signature block that sets the writer's name in emphasis before the place names the writer by that emphasis.</summary>
public class SignatureEmphasisNameTests
{
    private static ParsedPage Parse(string signature) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>El muelle cierra por obras | Diario del Puerto</title></head>
        <body><div class="noticia"><h1>El muelle cierra por obras</h1>
        <div class="metadata_noticia">{signature}
        <div class="update">Actualizado <strong class="fecha">domingo 28/10/2012</strong> <strong class="hora">03:21 horas</strong></div></div>
        <p>El viejo muelle de pasajeros cerrará durante tres meses para reparar la grieta que apareció tras el temporal del martes.</p>
        <p>Los buzos encontraron la grieta en una segunda inspección y los ingenieros siguen estudiando los daños esta semana.</p>
        </div></body></html>
        """), "muelle.html", "text/html");

    [Theory]
    [InlineData("""<p class="firma"><em>Marta Ibarrola</em> | <span class="localizacion">Vigo</span></p>""")]
    [InlineData("""<div class="firma"><strong>Marta Ibarrola</strong> | <span class="lugar">Vigo</span></div>""")]
    public void The_emphasised_name_is_the_writer(string signature) =>
        Assert.Equal(["Marta Ibarrola"], Parse(signature).Authors);

    [Fact]
    public void A_signature_with_no_emphasis_names_no_place()
    {
        var authors = Parse("""<p class="firma">Vigo</p>""").Authors;
        Assert.DoesNotContain("Vigo", authors);
    }
}
