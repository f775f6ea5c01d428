using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteMenuBlockTests
{
    private static string Removed(string text) => string.Join('\n', SiteMenuBlock.Remove(TextLine.Split(text)).Select(line => line.Text));

    [Fact]
    public void A_menu_one_link_a_line_goes_with_its_search_button()
    {
        var text = "Skip to main content\n\nThe Millbrook Ledger\n\nHome\nNews\nLocal\nSports\n\nSearch\n\nCouncil approves budget for road repairs\n\nBy Dana Whitcomb\n";

        Assert.Equal("The Millbrook Ledger\n\nCouncil approves budget for road repairs\n\nBy Dana Whitcomb\n", Removed(text));
    }

    [Fact]
    public void A_bar_row_goes_and_a_kicker_under_it_stays()
    {
        var text = "Millbrook Courier\nServing Dutchess County since 1898\n\nHome | News | Sports | Obituaries\n\nNews\n\nCrash closes Route 9\n";

        Assert.Equal("Millbrook Courier\nServing Dutchess County since 1898\n\nNews\n\nCrash closes Route 9\n", Removed(text));
    }

    [Theory]
    [InlineData("Home\nNews\n\nCouncil approves budget for road repairs\n")]
    [InlineData("Gulf Meridian English\nHome\nNews\nMiddle East\nAmericas\n\nSyria vows to declare chemical arsenal\n")]
    [InlineData("The Ledger\n\nSkip to main content\n\nNews\nNews Latest\n\nHeadline of the story here\n")]
    public void Two_links_a_menu_with_unknown_sections_or_a_skip_link_under_the_masthead_stay(string text) =>
        Assert.Equal(text, Removed(text));

    [Fact]
    public void A_menu_under_the_text_stays()
    {
        var prose = "The council met on Tuesday night and voted to close the Elm Street arena, which has stood since 1958, after a long and heated debate.";
        var text = "Headline\n\n" + prose + "\n\nHome\nNews\nSports\nWeather\n";

        Assert.Equal(text, Removed(text));
    }
}
