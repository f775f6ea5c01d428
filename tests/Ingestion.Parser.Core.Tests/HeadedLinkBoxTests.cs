using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadedLinkBoxTests
{
    [Theory]
    [InlineData("<div class=\"box\"><h4>Opinion</h4><ul><li><a href=\"/o\">Is the charm offensive for real?</a></li></ul></div>", "")]
    [InlineData("<div><h4>Part of complete coverage on</h4><p><a href=\"/s\"><b>U.N. General Assembly 2013</b></a></p><ul><li><a href=\"/a\">Deal near on Syria text</a></li></ul></div>", "")]
    [InlineData("<div><h2>STORY HIGHLIGHTS</h2><ul><li>President says program poses no threat</li><li>No handshake</li></ul></div>", "")]
    [InlineData("<section class=\"more-on\"><h2>Recommended Stories</h2><span class=\"screen-reader-text\">list of 2 items</span><ul><li><span class=\"screen-reader-text\">list 1 of 2</span><a href=\"/a\">Ferry fares rise again</a></li><li><a href=\"/b\">Why the pier closed</a></li></ul></section>", "")]
    [InlineData("<div class=\"explore\"><div><p class=\"text-bold\">Explore further</p></div><a href=\"/c\">Divers find a second wreck</a></div>", "")]
    [InlineData("<div class=\"infobox\"><div class=\"infoHead\">Weiterführender Link<br> </div><div class=\"infoInner\"><a href=\"https://example.org/kurs\">Besser verhandeln 2.0</a></div></div>", "")]
    [InlineData("<div><div><p>Read the report</p></div><a href=\"/c\">Divers find a second wreck</a></div>", "Read the reportDivers find a second wreck")]
    [InlineData("<div><h3>Background</h3><p>The talks began in 2006, <a href=\"/t\">as reported</a>.</p></div>", "BackgroundThe talks began in 2006, as reported.")]
    public void A_headed_box_of_links_or_summary_points_is_no_text(string box, string left)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"root\">" + box + "</div></body></html>");
        var root = document.GetElementById("root")!;

        HeadedLinkBox.Remove(root);

        Assert.Equal(left, Whitespace.Collapse(root.TextContent));
    }

    private static string Card(int i) =>
        $"<a class=\"card\" href=\"/region/2026/05/0{i}/story-{i}/\"><div><h2 class=\"headline\">Harbour council votes on the new ferry timetable, part {i}</h2>"
        + "<h3 class=\"deck\">The plan moves the first crossing half an hour earlier on weekdays and adds a late boat on Fridays and Saturdays in summer</h3></div>"
        + $"<div><picture><img alt=\"Ferry\" src=\"/i/{i}.jpg\"></picture></div></a>";

    [Fact]
    public void A_long_feed_of_story_cards_under_a_heading_is_no_text()
    {
        var cards = string.Concat(Enumerable.Range(1, 4).Select(i => Card(i)));
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"root\"><p>The text.</p><div class=\"feed\"><h2>More News</h2>"
            + cards + "<a href=\"/latest/\">MORE NEWS</a></div></div></body></html>");
        var root = document.GetElementById("root")!;

        HeadedLinkBox.Remove(root);

        Assert.Equal("The text.", Whitespace.Collapse(root.TextContent));
    }

    [Fact]
    public void A_long_box_with_words_outside_its_links_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"root\">"
            + "<div class=\"box\"><h2>Background</h2>" + Card(3) + Card(4) + Card(5)
            + "<p>The council first debated the timetable in 2019, when the old ferry was retired and the crossings were cut to six a day.</p></div></div></body></html>");
        var root = document.GetElementById("root")!;
        var before = Whitespace.Collapse(root.TextContent);

        HeadedLinkBox.Remove(root);

        Assert.Equal(before, Whitespace.Collapse(root.TextContent));
    }
}
