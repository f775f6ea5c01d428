using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Other stories' cards under the text, each headline over "by Name (date)", date nothing of this story (DatedBylineCardRun).</summary>
public class DatedBylineCardRunTests
{
    private const string Story =
        "The Harbour Pilot's Oath.\n\nBY Marta Quill\n\n"
        + "I will bring every ship in as if it were my own, and every invoice out as if it were somebody else's.\n\n"
        + "I will read the tide tables each morning, and then I will ask the ferry captain what the tide is actually doing.\n\n"
        + "I will never admit that the lighthouse keeper was right about the fog, even when the fog is plainly visible.\n\n";

    private static ParsedPage Parse(string tail) => PageParser.Parse(Encoding.UTF8.GetBytes(Story + tail), "oath.txt", "text/plain");

    [Fact]
    public void Headlines_over_dated_bylines_under_the_text_give_no_date()
    {
        var page = Parse("SUGGESTED READS\n\n   A Dock Manager Responds to Alleged Infractions\n   by Tom Reyes (5/17/2007)\n"
            + "   List: Things I Imagine My Harbourmaster Does at Night\n   by Ana Ruiz (5/4/2005)\n"
            + "   Monologue: I'm the Foghorn, Sailor.\n   by Tom Reyes (6/15/2010)\n");

        Assert.Null(page.PublishedAt);
        Assert.Equal(["Marta Quill"], page.Authors);
    }

    [Fact]
    public void A_single_dated_byline_under_the_text_still_dates_the_story() =>
        Assert.Equal("2007-05-17", Parse("by Marta Quill (5/17/2007)\n").PublishedAt);

    [Fact]
    public void The_same_byline_printed_twice_two_lines_apart_is_no_card_run()
    {
        Assert.Equal("2007-05-17", Parse("by Marta Quill (5/17/2007)\nShare this oath\nby Marta Quill (5/17/2007)\n").PublishedAt);
    }
}
