using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteMenuLineTests
{
    [Theory]
    [InlineData("News")]
    [InlineData("Contact Us")]
    [InlineData("  * Obituaries")]
    [InlineData("• Sports")]
    [InlineData("Skip to main content")]
    [InlineData("Search")]
    [InlineData("Home | News | Sports | Business | Entertainment | Opinion")]
    [InlineData("Home · Town · Schools · Sports · Subscribe")]
    [InlineData("Home | News | Sports | Living")]
    [InlineData("News Politics Business Sports Opinion Arts")]
    public void A_section_link_or_a_row_of_them_is_a_menu_line(string line) =>
        Assert.True(SiteMenuLine.Is(line));

    [Theory]
    [InlineData("Corrections and clarifications")]
    [InlineData("News of the closing spread fast")]
    [InlineData("Torque Report | News | First Drives | Reviews")]
    [InlineData("Home | Town Hall | Schools Board | Parks Office | Sports")]
    [InlineData("News | Sports")]
    [InlineData("News Sports Weather")]
    [InlineData("Sports News Tonight At Ten")]
    [InlineData("news politics business sports")]
    [InlineData("Council approves budget | The Millbrook Ledger")]
    [InlineData("The council met on Tuesday night and voted to close the Elm Street arena, which has stood since 1958, after a long debate.")]
    public void A_headline_a_logo_row_or_prose_is_no_menu_line(string line) =>
        Assert.False(SiteMenuLine.Is(line));
}
