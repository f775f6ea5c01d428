using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagRowLinkBoxTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry line adds a night crossing - Harbour Notes</title></head><body>
        <div id="content"><div class="article"><h1 class="title">Ferry line adds a night crossing</h1>
        <div class="byline">Tuesday March 12, 2019 9:05 am PST by <a class="author-url" href="/author/ines-varga/">Ines Varga</a></div>
        <div class="content">The harbour ferry line will add a night crossing from May, the operator said on Monday, after a year of requests from shift workers. <br> <br>
        The new crossing leaves the north pier at half past eleven and returns from the island at midnight, and fares stay as they are.<br><br>{{box}}</div>
        </div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void Link_rows_beside_the_tag_row_in_one_box_are_no_text()
    {
        var page = Parse("""
            <div class="linkback">Tags: <a href="/guide/night-boats/">night boats</a>, <a href="/guide/north-pier/">north pier</a> <br>Buyer's Guide: <a href="/buyers/#season-pass">Season Pass (Wait)</a> </div>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The new crossing", page.BodyParagraphs[^1]);
        Assert.Contains("north pier", page.Tags);
    }

    [Fact]
    public void A_sentence_with_a_link_beside_the_tag_row_stays()
    {
        var page = Parse("""
            <div class="linkback">Tags: <a href="/guide/night-boats/">night boats</a> <br>Timetable: the operator posts the <a href="/timetable/">new times</a> at both gates from Friday. </div>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Timetable:", StringComparison.Ordinal));
    }
}
