using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourceAndTownUnderNameTests
{
    [Theory]
    [InlineData("Do Portal Velho Chico, em Petrolina", "Juliana Mattos", true, true)]
    [InlineData("From the Valley Courier, in Fresno", "Dana Whitcomb", true, true)]
    [InlineData("Do Portal Velho Chico, em Petrolina", "Juliana Mattos", false, false)]
    [InlineData("Do Portal Velho Chico, em Petrolina", null, true, false)]
    [InlineData("Do Portal Velho Chico, em Petrolina", "Últimas notícias", true, false)]
    [InlineData("Reservatório tem o menor nível, diz a Chesf.", "Juliana Mattos", true, false)]
    [InlineData("Sobradinho chega a 32% e usuários terão nova redução, em Petrolina", "Juliana Mattos", true, false)]
    public void The_paper_and_town_under_a_writers_name_over_the_date_are_the_byline(string line, string? nameAbove, bool dateBelow, bool byline) =>
        Assert.Equal(byline, SourceAndTownUnderName.Is(line, nameAbove, dateBelow));

    [Fact]
    public void The_headline_stands_over_the_deck_and_the_two_line_byline()
    {
        var page = string.Join('\n',
            "Petrolina",
            "",
            "Sobradinho chega a 32% e usuários do São Francisco terão nova redução de vazão",
            "",
            "Reservatório tem o menor nível para setembro desde 2001.",
            "Produtores temem custo para adaptar bombas de irrigação.",
            "",
            "Juliana Mattos",
            "Do Portal Velho Chico, em Petrolina",
            "",
            "25/09/2013 14h32 - Atualizado em 25/09/2013 16h05",
            "",
            "O reservatório da barragem de Sobradinho, no norte da Bahia, chegou nesta quarta-feira (25) a 32,4% do seu volume útil, o menor nível para o mês.",
            "",
            "A vazão mínima, que já havia caído de 1.300 para 1.100 metros cúbicos por segundo em abril, passará a 1.000 m³/s em outubro.");

        var split = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt");

        Assert.Equal("Sobradinho chega a 32% e usuários do São Francisco terão nova redução de vazão", split.Title);
        Assert.Equal(["Juliana Mattos"], split.Authors);
        Assert.StartsWith("O reservatório", split.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
