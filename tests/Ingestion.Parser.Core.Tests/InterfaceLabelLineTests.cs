using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InterfaceLabelLineTests
{
    private static ParsedPage Parse(string overMenu) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        {{overMenu}}

          * News
          * Sports

        Ferry Fares Stay Frozen for Another Year

        By Ines Valk

        The city council voted on Tuesday to freeze ferry fares for another year, overruling the transit board's plan.

        Commuters who buy a monthly pass had faced a rise of four dollars from April, the board's figures showed.
        """), "page.txt");

    [Theory]
    [InlineData("Primary nav")]
    [InlineData("Hauptmenü öffnen")]
    [InlineData("Barre d'outil")]
    [InlineData("RSS-Feed der Artikel")]
    public void A_controls_label_over_the_menu_names_no_site(string label)
    {
        Assert.Null(Parse(label).Site);
    }

    [Fact]
    public void A_masthead_over_the_menu_stays_the_site()
    {
        Assert.Equal("Harbour Courier", Parse("Harbour Courier").Site);
    }

    [Theory]
    [InlineData("Logo Logo Logo Logo", true)]
    [InlineData("XML, RSS", true)]
    [InlineData("Logos Quarterly", false)]
    [InlineData("Main Street Journal", false)]
    [InlineData("The Feed Review", false)]
    public void Every_word_must_name_a_control(string line, bool expected)
    {
        Assert.Equal(expected, InterfaceLabelLine.Is(line));
    }
}
