using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EditionPickerItemTests
{
    [Theory]
    [InlineData("U.S. Edition", true)]
    [InlineData("International Edition", true)]
    [InlineData("U.S. Edition Home", true)]
    [InlineData("The Evening Edition", false)]
    [InlineData("Special Edition: The 2013 Election", false)]
    [InlineData("The Market Ledger", false)]
    [InlineData("Our Very Own Hometown Edition", false)]
    public void An_edition_of_the_site_is_a_picker_item(string line, bool expected) =>
        Assert.Equal(expected, EditionPickerItem.Is(line));

    [Fact]
    public void With_no_blank_lines_the_picker_over_the_masthead_names_no_site()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Subscribe Now | Sign In
            U.S. Edition
            Today's Paper
            Video
            THE MARKET LEDGER
            Home
            World
            Politics
            Economy
            Fed Officials Split Over Timing of Bond-Buying Pullback
            By HARRIET VANCE And OWEN DELACROIX
            Updated Sept. 26, 2013 7:14 p.m. ET
            Federal Reserve officials were divided over the decision to keep buying bonds at the same pace, two regional bank presidents said on Thursday.
            The comments showed the central bank is still struggling to explain its thinking to markets after the surprise of last week.
            """), "page.txt");

        Assert.Equal("THE MARKET LEDGER", page.Site);
    }
}
