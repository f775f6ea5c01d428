using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RootClosedEarlyTests
{
    private static ParsedPage Parse(string after) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>The ferryman's daughter takes the wheel | Coast Weekly</title></head><body>
        <div class="layout"><div class="column"><main class="content article">
        <h1>The ferryman's daughter takes the wheel</h1>
        <div class="article body" itemprop="articleBody"> <p></p>
        <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
        <p>On a grey morning in March she eases the old boat off the slipway, one hand on the wheel and the other on the radio, as the tide turns. <div></div></p>
        <div class="inline-image"><img src="/quay.jpg" alt=""></div>
        <p></p></div> <p></p>
        <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
        <p>"He never once missed the first sailing," she says, laughing, as a gull lands on the rail beside her and looks for bread.</p>
        <p></p></main></div> <p></p>
        <p>The council has promised a new boat by next spring, but Quell says she will miss the creak of the old one when it goes.</p>
        <p>For now she keeps a logbook in her father's hand on the shelf above the wheel, and writes each crossing under his last.</p>
        {after}
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void The_paragraphs_after_a_text_box_closed_by_miscounted_end_tags_are_the_rest_of_the_text()
    {
        var page = Parse("""<aside class="tags"><div class="subtitle">Tags</div><ul class="tag-list"><li><a class="tag-link" href="/t/ferries">ferries</a></li></ul></aside>""");
        Assert.Equal(6, page.BodyParagraphs.Count);
        Assert.StartsWith("Marta Quell has crossed", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("For now she keeps a logbook", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_followed_by_one_line_of_its_own_keeps_to_the_box()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>The ferryman's daughter takes the wheel</title></head><body>
            <h1>The ferryman's daughter takes the wheel</h1>
            <div class="entry-content">
            <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
            <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
            </div>
            <p>This entry was posted in People and tagged ferries, estuary, river crossings. Bookmark the permalink for later reading.</p>
            <div class="comments-area"><p>What a lovely piece about the old crossing, we took that ferry every summer as children.</p></div>
            </body></html>
            """), "ferry.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Notes_under_a_box_that_closes_whole_stay_out()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry crossing resumes after the storm</title></head><body>
            <div class="story"><h1>Ferry crossing resumes after the storm</h1>
            <div class="story-body">
            <p>The estuary ferry resumed its crossings on Tuesday after three days in which storm winds kept the old boat tied up at the quay.</p>
            <p>Its master said the first sailing carried forty passengers and two vans, and that the timetable would be back to normal by the weekend.</p>
            </div>
            <p class="copyright">Copyright 2013 Coast Weekly. All rights reserved. Distributed by Shoreline Syndication to its member papers and sites.</p>
            <p class="caveat">Shoreline Syndication publishes some two hundred reports a day from more than forty local papers across the coast.</p>
            </div></body></html>
            """), "ferry.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
