using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadingLegalFormTests
{
    [Theory]
    [InlineData("C.A. EL DIARIO. Todos los derechos reservados", "EL DIARIO. Todos los derechos reservados")]
    [InlineData("S.A. La Voz del Valle", "La Voz del Valle")]
    [InlineData("Coastal Wire S.A.", "Coastal Wire S.A.")]
    [InlineData("CA Today", "CA Today")]
    public void Only_a_dotted_form_before_the_name_is_cut(string text, string expected) =>
        Assert.Equal(expected, LeadingLegalForm.Without(text).ToString());

    [Fact]
    public void The_footer_names_the_paper_after_its_form()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Kenia ofrece ayuda para repatriar a los marineros

            La cancillería confirmó el miércoles que el gobierno keniano cubrirá los gastos del traslado de los restos.

            Los familiares pidieron apoyo durante semanas, según dijeron a este diario varios de ellos en Guayaquil.

            © 2026 C.A. EL DIARIO DEL PUERTO. Todos los derechos reservados
            """), "page.txt");

        Assert.NotEqual("C", page.Site);
        Assert.StartsWith("EL DIARIO DEL PUERTO", page.Site ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
