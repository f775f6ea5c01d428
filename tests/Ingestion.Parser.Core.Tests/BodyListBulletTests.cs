using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BodyListBulletTests
{
    [Theory]
    [InlineData("* Episode 19: Water Towers", "Episode 19: Water Towers")]
    [InlineData("• Howard's photographs of the Millrace tunnel", "Howard's photographs of the Millrace tunnel")]
    [InlineData("o Tre Ulloa, OL, 6-5, 290, Mobile, Ala.", "Tre Ulloa, OL, 6-5, 290, Mobile, Ala.")]
    [InlineData("o", "o")]
    [InlineData("*Bold claim* in a sentence.", "*Bold claim* in a sentence.")]
    [InlineData("The council met on Tuesday.", "The council met on Tuesday.")]
    public void The_renderers_bullet_is_no_part_of_a_list_item(string line, string text) =>
        Assert.Equal(text, BodyListBullet.Without(line));
}
