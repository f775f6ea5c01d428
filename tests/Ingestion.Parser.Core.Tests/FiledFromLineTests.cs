using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FiledFromLineTests
{
    [Theory]
    [InlineData("Direto de Joinville")]
    [InlineData("Direto de São Paulo")]
    [InlineData("Direto do Rio de Janeiro")]
    [InlineData("Reporting from Kabul")]
    public void A_place_the_reporter_filed_from_is_such_a_line(string line) => Assert.True(FiledFromLine.Is(line));

    [Theory]
    [InlineData("Direto da redação")]
    [InlineData("Direto de uma fonte no governo, o ministro soube da decisão.")]
    [InlineData("Direto de Joinville, o governador sobrevoou as áreas alagadas e prometeu ajuda.")]
    [InlineData("Camila Furtado")]
    public void Other_lines_are_not(string line) => Assert.False(FiledFromLine.Is(line));

    [Fact]
    public void A_bare_name_over_the_filed_from_line_and_the_date_is_the_byline_under_the_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Notícias › Brasil › Cidades
            Chuva alaga ruas e deixa 300 desalojados em Joinville
            Rio Cachoeira transbordou durante a madrugada; Defesa Civil mantém alerta para os bairros da zona sul
            Camila Furtado
            Direto de Joinville
            25 de setembro de 2013 • 21h14 • atualizado às 22h40
            Compartilhar
            Moradores do bairro Itaum usam um bote para deixar as casas na tarde desta quarta-feira
            Foto: Rafael Medeiros / Futura Press
            A chuva forte que atinge o norte de Santa Catarina desde a noite de terça-feira deixou cerca de 300 pessoas desalojadas em Joinville.
            O Rio Cachoeira transbordou por volta das 4h e alagou ruas dos bairros Itaum, Boehmerwald, Fátima e Paranaguamirim.
            """), "page.txt");

        Assert.Equal("Chuva alaga ruas e deixa 300 desalojados em Joinville", page.Title);
        Assert.Equal(["Camila Furtado"], page.Authors);
        Assert.Equal("Moradores do bairro Itaum usam um bote para deixar as casas na tarde desta quarta-feira", page.Captions[0]);
    }
}
