using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelatedAndShareLabelsTests
{
    [Theory]
    [InlineData("Lea también: Sequía: declaran zona de escasez hídrica en 12 comunas del Maule", true)]
    [InlineData("Vea también: Rangers cae ante Iberia en el Fiscal", true)]
    [InlineData("Ti potrebbero interessare: Limone, la ciclabile sul lago apre nel 2014", true)]
    [InlineData("Condividi questo articolo: Facebook | Twitter | Google+ | E-mail", true)]
    [InlineData("Partager cet article : Facebook | Twitter", true)]
    [InlineData("Deel dit artikel: Facebook Twitter E-mail", true)]
    // An Italian daily's tool bar, its buttons run together by a browser's text copy ("Twitta" is 2013's Italian tweet button).
    [InlineData("Commenti (0) Condividi Twitta Stampa Invia per email A A", true)]
    // A contributor site's follow box under the byline.
    [InlineData("Get instant alerts when new articles are posted.", true)]
    [InlineData("Readers get instant alerts from the county when the river rises above flood stage, the sheriff said.", false)]
    [InlineData("Lea también el informe de la Contraloría, que detalla los gastos del municipio en camiones aljibe.", false)]
    [InlineData("Questo articolo è stato aggiornato alle 18 con la replica dell'azienda.", false)]
    public void A_related_link_line_or_a_share_rows_label_is_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Ti potrebbero interessare:", true)]
    [InlineData("Lea también", true)]
    [InlineData("Ti potrebbero interessare anche i dati del 2012, che mostrano un calo.", false)]
    public void An_italian_or_latin_american_related_heading_heads_a_link_list(string line, bool heading) =>
        Assert.Equal(heading, BoilerplateFilter.IsRelatedHeading(line));
}
