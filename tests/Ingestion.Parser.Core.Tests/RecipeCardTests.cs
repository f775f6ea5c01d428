using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RecipeCardTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_hyphen_bullet_under_an_ingredients_heading_is_dropped()
    {
        var lines = Lines("Ingredients:\n- 1 1/2 cups apple cider\n- 2 eggs");
        Assert.Equal("2 eggs", RecipeCard.WithoutIngredientBullet(lines, 2, lines[2].Text));
    }

    [Fact]
    public void A_hyphen_line_under_no_ingredients_heading_keeps_its_hyphen()
    {
        var lines = Lines("What the council voted on:\n- the budget\n- the levy");
        Assert.Equal("- the levy", RecipeCard.WithoutIngredientBullet(lines, 2, lines[2].Text));
    }

    [Theory]
    [InlineData("Zutaten:", true)]
    [InlineData("Zubereitung", true)]
    [InlineData("Backzeit: 12 Minuten", true)]
    [InlineData("Ergibt: 30 Stück", true)]
    [InlineData("Ergibt: nichts", false)]
    [InlineData("Zubereitung im Römertopf", false)]
    public void A_german_recipes_fields_and_headings_are_furniture(string line, bool furniture) => Assert.Equal(furniture, RecipeCard.IsFurniture(line));

    [Fact]
    public void Zutaten_heads_the_ingredients() => Assert.True(RecipeCard.IsIngredientsHeading("Zutaten:"));
}
