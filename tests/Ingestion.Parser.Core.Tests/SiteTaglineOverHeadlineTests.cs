using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteTaglineOverHeadlineTests
{
    private static string Title(string text) =>
        JsonDocument.Parse(LabelledPages.SplitAsJson(text, "page.txt")).RootElement.GetProperty("title").GetString()!;

    private const string Story =
        "By Gwen Harlowe\nPosted: Tuesday, September 24, 2013 6:15 pm\n\n"
        + "Inspectors found in July that concrete at the base of the spillway had worn away in several places, leaving steel reinforcement exposed.\n\n"
        + "Detour signs will send drivers to the Route 12 bridge, about two miles downstream, until the work is done in November.\n";

    [Fact]
    public void A_site_tagline_speaking_of_the_news_is_no_headline_over_a_deck()
    {
        var text = "Riverbend Courier\n\nNews for the Tolland Valley\n\nSpillway repairs to close Mill Street bridge for six weeks\n\n" + Story;
        Assert.Equal("Spillway repairs to close Mill Street bridge for six weeks", Title(text));
    }

    [Fact]
    public void A_columnist_tagline_naming_the_writer_of_the_byline_is_no_headline_over_a_deck()
    {
        var lines = new PageLines(TextLine.Split(
            "Table Talk\nRita Olander on food, farms and the people who feed Cass County\n\nFarewell to the Blue Plate: Elm Street diner pours its last cup Saturday\n\n"
            + "By Rita Olander on September 26, 2013 4:45 PM\n"));
        Assert.True(SiteTaglineOverHeadline.Is(lines, 1, 3, lines.Count));
    }

    [Fact]
    public void A_kicker_over_a_headline_and_its_deck_keeps_the_headline()
    {
        var text = "Asia\n\nThai army seizes power, suspends constitution\n\n"
            + "Military chief says takeover needed to restore order after six months of street protests\n\nBy Somchai Rattana\nPosted: Thursday, May 22, 2014 6:15 pm\n\n"
            + "Thailand's army chief seized power on Thursday in the country's 12th successful coup since 1932, saying the military had to restore order.\n";
        Assert.Equal("Thai army seizes power, suspends constitution", Title(text));
    }

    [Theory]
    // A headline about the news business shares its subject with its deck.
    [InlineData("Media", "Regional news stations cut weekend bulletins", "Stations say weekend bulletins lose money as viewers move online", "By Dana Whitcomb")]
    // Neither news nor the writer: a kicker's headline over its deck.
    [InlineData("Local News", "Dredging delay leaves marina owners waiting another season", "Army Corps says channel work will not begin until fall", "By Dominic Pellegrino")]
    public void A_headline_that_neither_speaks_of_the_news_apart_from_its_deck_nor_names_the_writer_stays(string kicker, string headline, string deck, string byline)
    {
        var lines = new PageLines(TextLine.Split($"{kicker}\n\n{headline}\n\n{deck}\n\n{byline}\n"));
        Assert.False(SiteTaglineOverHeadline.Is(lines, 2, 4, lines.Count));
    }
}
