using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextBrowserBulletTests
{
    [Theory]
    [InlineData("* Giersch-Pesto", true)]
    [InlineData("• Giersch-Pesto", true)]
    [InlineData("*Giersch-Pesto", false)]
    [InlineData("** bold text **", false)]
    [InlineData("o Giersch-Pesto", false)] // a deeper level's glyph, TextBrowserListGlyph's
    [InlineData("Giersch-Pesto", false)]
    public void Only_a_first_level_bullet_with_its_space_opens_an_item(string line, bool bulleted) =>
        Assert.Equal(bulleted, TextBrowserBullet.Opens(line));
}
