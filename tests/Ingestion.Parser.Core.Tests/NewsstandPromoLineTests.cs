using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewsstandPromoLineTests
{
    [Theory]
    [InlineData("En kiosques : mars 2021")]
    [InlineData("Jetzt am Kiosk")]
    [InlineData("On newsstands now")]
    public void A_monthlys_print_issue_promotion_is_furniture(string line)
    {
        Assert.True(NewsstandPromoLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("En kiosque depuis mardi, le nouveau numéro consacre vingt pages à la réforme des retraites.")]
    [InlineData("Kiosk owners say sales fell by a third")]
    public void A_sentence_that_opens_the_same_way_is_no_promotion(string line) => Assert.False(NewsstandPromoLine.Is(line));
}
