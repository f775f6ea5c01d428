using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserCardArticleBylineTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Ferry timetable changes for the summer</title></head><body>
        <div id="content"><div class="story"><h1>Ferry timetable changes for the summer</h1>{byline}
        <div class="texte"><p>The island ferry will sail every forty minutes from June, the operator said on Monday, after a winter of hourly crossings.</p>
        <p>The first boat will leave the harbour at six, an hour earlier than now, and the last will return from the island at eleven at night.</p></div></div></div>
        <div class="rail"><article class="entry hentry"><h3><a href="/other-story?message=71#comment71">Not enough boats</a></h3>
        <div class="entry-content"><a href="/other-story?message=71#comment71">Nobody asked the islanders what they needed (...)
        <p class="publication">— 22 September, by Hollis Crane.</p></a></div></article></div>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_rail_cards_by_line_names_no_writer_of_the_page()
    {
        Assert.DoesNotContain("Hollis Crane", Parse(string.Empty).Authors);
    }

    [Fact]
    public void The_storys_own_byline_is_still_read()
    {
        Assert.Equal(["Dana Whitlock"], Parse("<p class=\"byline\">By Dana Whitlock</p>").Authors);
    }
}
