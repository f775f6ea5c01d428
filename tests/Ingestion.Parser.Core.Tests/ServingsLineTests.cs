using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ServingsLineTests
{
    [Theory]
    [InlineData("Serves 4")]
    [InlineData("Serves 6 to 8")]
    [InlineData("Serves 4-6")]
    [InlineData("SERVES 4")]
    [InlineData("Makes 12 servings")]
    public void A_recipes_yield_line_is_furniture(string line)
    {
        Assert.True(ServingsLine.Is(line));
        Assert.True(RecipeCard.IsFurniture(line));
    }

    [Theory]
    [InlineData("Serves 400 families a week at the pantry.")]
    [InlineData("Serves the west side")]
    [InlineData("Makes 12 dozen cookies")]
    [InlineData("Skillet Apple Crisp")]
    public void A_sentence_or_a_recipe_name_is_no_yield_line(string line) => Assert.False(ServingsLine.Is(line));
}
