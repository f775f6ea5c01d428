using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AgencyContributionTests
{
    [Theory]
    [InlineData("Inês Cardoso Matias, com Lusa", "Inês Cardoso Matias")]
    [InlineData("Claire Dubois, avec AFP et Reuters", "Claire Dubois")]
    [InlineData("Pablo Ortega, con EFE", "Pablo Ortega")]
    [InlineData("Jana Keller, mit dpa", "Jana Keller")]
    [InlineData("Rui Sousa, com agências", "Rui Sousa")]
    public void The_agency_a_writer_drew_on_is_no_part_of_the_byline(string byline, string name) =>
        Assert.Equal(name, AgencyContribution.Without(byline));

    [Theory]
    [InlineData("Inês Cardoso Matias, com Pedro Lopes")]
    [InlineData("Inês Cardoso Matias")]
    [InlineData("O presidente reuniu-se com Lusa Pereira e outros dirigentes do partido na sede nacional em Lisboa, ontem.")]
    public void A_byline_without_an_agency_after_the_join_stays_whole(string text) =>
        Assert.Same(text, AgencyContribution.Without(text));

    [Fact]
    public void A_bare_name_with_its_agency_over_the_date_is_the_author()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Local
            Câmara de Lisboa aprova obras no Mercado de Arroios

            Inês Cardoso Matias, com Lusa
            Publicado a 26 de Setembro de 2013, às 18:42 (hora de Lisboa)

            A Câmara Municipal de Lisboa aprovou esta quinta-feira o plano de reabilitação do Mercado de Arroios, encerrado desde Janeiro.

            O projecto prevê a substituição integral da cobertura e a instalação de um novo sistema de ventilação no mercado.
            """), "page.txt");

        Assert.Equal(["Inês Cardoso Matias"], page.Authors);
        Assert.Equal("2013-09-26T18:42:00+01:00", page.PublishedAt);
    }
}
