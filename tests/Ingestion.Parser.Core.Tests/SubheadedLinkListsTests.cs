using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubheadedLinkListsTests
{
    private static ParsedPage Story(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry timetable changes for winter - The Harbour Ledger</title>
        <meta property="og:site_name" content="The Harbour Ledger"></head>
        <body><h1>Ferry timetable changes for winter</h1><p class="byline"><span>Maren Tollefsen</span></p>
        <div class="fullstory"><div id="storyContent">
        <p>The ferry to the islands will run four times a day from November, the operator said on Monday.</p>
        <p>The early crossing moves to half past seven, which the fishermen of the outer islands had asked for.</p>
        {{box}}
        <p>The last crossing of the day will leave the harbour at six in the evening, an hour earlier than in summer.</p>
        <p>Tickets bought for the summer timetable stay valid until the end of the year, the operator added.</p>
        </div></div></body></html>
        """), "story.html");

    [Fact]
    public void A_box_of_two_link_lists_under_sub_headings_between_paragraphs_is_no_text()
    {
        var page = Story("""
            <div class="related"><div class="related-header"><h3>More</h3></div><h4>On this story</h4>
            <ul><li><a href="/a">Harbour master retires after thirty years</a></li><li><a href="/b">New pontoon for the marina</a></li></ul>
            <h4>In Island Transport</h4><ul><li><a href="/c">Bus fares frozen for a year</a></li><li><a href="/d">Airstrip reopens after repairs</a></li></ul></div>
            """);

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("pontoon", StringComparison.Ordinal) || paragraph.Contains("Island Transport", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_with_a_sentence_outside_its_links_stays()
    {
        var page = Story("""
            <div class="timetable"><h4>Morning crossings</h4><ul><li>Half past seven from the harbour, <a href="/t1">see the map</a></li></ul>
            <h4>Evening crossings</h4><ul><li>Six o'clock from the islands, <a href="/t2">see the map</a></li></ul></div>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("Half past seven", StringComparison.Ordinal));
    }
}
