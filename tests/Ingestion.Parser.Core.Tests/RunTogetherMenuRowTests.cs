using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RunTogetherMenuRowTests
{
    [Theory]
    [InlineData("Just In World Business Sport Analysis & Opinion")]
    [InlineData("Latest City Hall Schools Business Events Send a tip About Archive")]
    [InlineData("Nieuwsnet.nl Net binnen Binnenland Buitenland Economie Sport Tech NUjij")]
    public void Section_links_run_together_are_a_menu_row(string line) => Assert.True(RunTogetherMenuRow.Is(line));

    [Theory]
    [InlineData("Larkspur Health Systems Names Priya Venkataraman Chief Technology Officer")]
    [InlineData("Council votes to put meters back on Canal Street")]
    [InlineData("Abbott ministry sworn in at Government House")]
    [InlineData("World Business Sport: the week's winners")]
    [InlineData("Home | News | Sports | Business")]
    [InlineData("News Sports")]
    public void A_headline_or_a_barred_row_is_no_run_together_row(string line) => Assert.False(RunTogetherMenuRow.Is(line));

    [Fact]
    public void The_headline_under_a_run_together_row_is_the_title()
    {
        var page = LabelledPages.SplitAsJson(
            "ABN News\n\nJust In World Business Sport Analysis & Opinion\n\nAbbott ministry sworn in at Government House\n\n"
            + "By political reporter Tobias McGrath\n\nTony Abbott has been sworn in as Australia's 28th prime minister, along with a ministry that includes just one woman in cabinet.\n\n"
            + "Governor-General Quentin Bryce administered the oaths at Government House in Canberra this morning, eleven days after the election.\n",
            "page.txt");
        Assert.Equal("Abbott ministry sworn in at Government House", System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("title").GetString());
    }
}
