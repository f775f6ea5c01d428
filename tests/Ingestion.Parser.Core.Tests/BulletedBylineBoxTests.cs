using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BulletedBylineBoxTests
{
    private static JsonElement Split(string text) => JsonDocument.Parse(LabelledPages.SplitAsJson(text, "page.txt")).RootElement;

    private const string Headline = "Grain elevator fire smolders for third day as crews dig out corn";
    private const string Deck = "Co-op elevator closed to harvest deliveries until next week";

    private const string Story =
        "\n\nA fire inside the co-op's main grain elevator smoldered for a third day Tuesday as crews used heavy equipment to pull burning corn out of the silo.\n\n"
        + "The fire started Sunday night in a bin holding about 180,000 bushels of corn, the fire chief said. Nobody was hurt.\n";

    [Theory]
    [InlineData("     *\n          + Kelsey Marr\n     *\n          + Sep 14, 2021")]
    [InlineData("  • \n      □ Kelsey Marr\n  • \n      □ Sep 14, 2021")]
    public void A_byline_box_of_empty_bullets_over_nested_fields_is_the_name_over_the_date(string box)
    {
        var page = Split($"{Headline}\n\n{Deck}\n\n{box}{Story}");
        Assert.Equal(Headline, page.GetProperty("title").GetString());
        Assert.Equal(["Kelsey Marr"], page.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("2021-09-14", page.GetProperty("published_at").GetString());
    }

    [Fact]
    public void The_fields_lose_their_bullets()
    {
        var lines = TextLine.Split("     *\n          + Kelsey Marr\n     *\n          + Sep 14, 2021\n");
        Assert.Equal(["Kelsey Marr", "Sep 14, 2021"], BulletedBylineBox.Normalize(lines).Where(l => !l.IsBlank).Select(l => l.Text));
    }

    [Theory]
    // A menu's items under a bare bullet: no writer's name over a date.
    [InlineData("     *\n          + Local News\n     *\n          + Sports")]
    // The nested item is not indented under the bullet.
    [InlineData("     *\n     + Kelsey Marr\n     *\n     + Sep 14, 2021")]
    // A name alone, with no date item after it.
    [InlineData("     *\n          + Kelsey Marr\n     * Weather")]
    public void Other_empty_bullet_lists_stay_as_they_are(string text)
    {
        var lines = TextLine.Split(text + "\n");
        Assert.Same(lines, BulletedBylineBox.Normalize(lines));
    }
}
