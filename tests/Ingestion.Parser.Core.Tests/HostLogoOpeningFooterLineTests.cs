using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HostLogoOpeningFooterLineTests
{
    private const string Story = """
        Battelli, dal 7 ottobre scatta l'orario invernale: tagliate otto corse

        Di Lorenzo Bertolini
        Pubblicato il 26/09/2013 alle ore 16:20

        Dal prossimo 7 ottobre i battelli di Navigarda passeranno all'orario invernale, con otto corse giornaliere in meno sulla tratta tra Riva e Limone.

        La decisione ha sollevato le proteste degli albergatori dell'Alto Garda, che chiedono di mantenere l'orario estivo fino alla fine di ottobre.

        Il Comune di Riva ha chiesto un incontro urgente con l'azienda per discutere almeno due corse serali nei fine settimana.

        """;

    [Fact]
    public void A_host_name_over_its_tagline_that_the_legal_line_at_the_foot_opens_with_is_the_site()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            laVocedelGarda.it
            Il quotidiano online del Lago di Garda

            {Story}
            laVocedelGarda.it - Testata giornalistica registrata presso il Tribunale di Rovereto n. 4/2010
            Chi siamo | Contatti | Pubblicità | Privacy
            """), "page.txt");

        Assert.Equal("laVocedelGarda.it", page.Site);
    }

    [Theory]
    [InlineData("laVocedelGarda.it - Testata giornalistica registrata", true)]
    [InlineData("laVocedelGarda.it | Chi siamo", true)]
    [InlineData("laVocedelGarda.it", false)]
    [InlineData("laVocedelGarda.itinerari - Testata", false)]
    [InlineData("Leggi su laVocedelGarda.it - Testata", false)]
    public void Only_a_line_opening_with_the_host_and_a_join_counts(string footer, bool counts) =>
        Assert.Equal(counts, HostLogoOpeningFooterLine.Is(PageLines.Of(footer), "laVocedelGarda.it", 0, 40));
}
