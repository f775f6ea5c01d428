using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuItemBeforeHolderTests
{
    [Theory]
    [InlineData("Food & Drink", "Ozark Highlands Magazine", true)]
    [InlineData("Food & Drink", "Hollow Creek Media", false)]
    [InlineData("Food & Drink", "Ozark Broadcasting Inc", false)]
    [InlineData("Food & Drink", "Ozark", false)]
    [InlineData("The Ledger", "The Ledger Online", false)]
    public void A_publication_in_the_copyright_line_beats_a_menu_item(string menuItem, string holder, bool wins) =>
        Assert.Equal(wins, MenuItemBeforeHolder.HolderWins(menuItem, holder));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_page_without_a_masthead_line_takes_the_copyright_lines_publication_when_the_menu_item_is_the_section(bool kicker)
    {
        var page = string.Join('\n',
            "Subscribe", "Give a Gift", "Search", "Food & Drink", "Travel", "Outdoors", "Home & Garden", "People", kicker ? "Food & Drink" : "",
            "The Last Orchard on Sugar Hollow Road",
            "By Claire Haverty",
            "September 26, 2013",
            "There are faster ways to get to Stonebridge Orchard than Sugar Hollow Road, but none of them are prettier in late September.",
            "Ada Pruett has lived on that hill since 1951, when she married into the family that planted the first trees in 1923.",
            "About Us", "Contact", "Privacy Policy",
            "© 2013 Ozark Highlands Magazine. All rights reserved.");

        var site = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt").Site;

        Assert.Equal(kicker, site == "Ozark Highlands Magazine");
    }
}
