using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuButtonBeforeLogoTests
{
    private const string Rendering = """
        * Skip to content
        * Skip to footer

        (BUTTON)
        Toggle Navigation Trail Runner's Weekly

        * Gear
             + Shoes
               Shoes
             + Home & Garden
               Home & Garden
        * More
             + Subscribe
             + Subscriber Service

        Sports

        A rest day with a marathon champion

        The two-time champion sat down with us at her kitchen table and talked about the race that got away, her dog and the coach she left.

        For a break from the news this week, put your feet up and watch the clip above to see how she spends a day without running.

        Topics: running marathon

        © Summit Media Group 2020
        """;

    [Fact]
    public void The_name_after_the_menu_buttons_label_is_the_site()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Rendering), "trail.txt");
        Assert.Equal("Trail Runner's Weekly", page.Site);
    }

    [Theory]
    [InlineData("Toggle Navigation Trail Runner's Weekly", "Trail Runner's Weekly")]
    [InlineData("Toggle menu The Harbour Ledger", "The Harbour Ledger")]
    [InlineData("Toggle navigation", null)]
    [InlineData("Toggle navigation Search", null)]
    [InlineData("Toggle navigation (BUTTON) Toggle search", null)]
    [InlineData("Toggle navigation to see every section of the site", null)]
    [InlineData("Trail Runner's Weekly", null)]
    public void Only_a_short_capitalised_name_after_the_label(string line, string? name)
    {
        Assert.Equal(name, MenuButtonBeforeLogo.Name(line));
    }
}
