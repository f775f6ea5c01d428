using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MobileOnlyTwinTests
{
    private const string Box = """
        <h4 class="g-portrait-hed">The Captain's Bell</h4>
        <h5 class="g-portrait-donor">Donated by Agnes Holm, Port Evan</h5>
        <p class="g-p">Her grandfather rang it on the last crossing of the old paddle steamer, and it sat in the family hallway for sixty years after that.</p>
        """;

    private static ParsedPage Parse(string mobileClass, string desktopClass) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The New Ferry Museum - Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"></head><body>
        <article><h1>The New Ferry Museum</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="story-body">
        <p>The ferry museum opens on Saturday in the old coal shed on the wharf, with three hundred objects given by families of the town.</p>
        <div class="g-portrait-container"><div class="g-portrait {{desktopClass}}">{{Box}}</div><div class="g-portrait {{mobileClass}}">{{Box}}</div></div>
        <p>Its curators say more gifts arrive every week, and a second hall will open in the spring for the collection of ship models.</p>
        </div></article></body></html>
        """), "museum.html");

    [Fact]
    public void The_phone_copy_of_a_box_the_wide_screen_copy_shows_is_read_once()
    {
        var page = Parse("g-mobile-only", "g-desktop-only");
        Assert.Single(page.BodyParagraphs, paragraph => paragraph.StartsWith("Her grandfather rang it", StringComparison.Ordinal));
        Assert.Single(page.BodyParagraphs, paragraph => paragraph == "The Captain's Bell");
    }

    [Fact]
    public void Two_boxes_without_a_wide_screen_twin_are_both_read()
    {
        var page = Parse("g-mobile-only", "g-featured");
        Assert.Equal(2, page.BodyParagraphs.Count(paragraph => paragraph.StartsWith("Her grandfather rang it", StringComparison.Ordinal)));
    }
}
