using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AverageOfVotesLineTests
{
    [Theory]
    [InlineData("5 from 7 votes", true)]
    [InlineData("4.86 from 21 votes", true)]
    [InlineData("5 from 1 vote", true)]
    [InlineData("3 from 4 voters", false)]
    [InlineData("10 from 12 votes were cast for the plan.", false)]
    [InlineData("From 7 votes", false)]
    public void A_recipe_cards_rating_is_furniture(string line, bool furniture)
    {
        Assert.Equal(furniture, AverageOfVotesLine.Is(line));
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));
    }
}
