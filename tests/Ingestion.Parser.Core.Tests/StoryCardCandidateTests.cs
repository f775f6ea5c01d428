using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StoryCardCandidateTests
{
    private const string Story = """
        <div class="article-header"><span class="timestamp">Tue Mar 7, 2017 | 4:10pm EST</span>
        <h1 class="article-headline">Harbour board raises ferry fares for the spring timetable</h1></div>
        <span id="article-text"><div id="article-byline"><span class="author">By <a href="/j/ines-marlow">Ines Marlow</a></span></div>
        <p>The harbour board voted on Tuesday to raise ferry fares from April, citing a year of rising fuel bills and repairs to the two older boats.</p>
        <p>A single ticket will cost twenty cents more, and the monthly pass four dollars more, the board's chairman said after the vote.</p>
        <p>Riders' groups said they would ask the council to restore the subsidy it cut last autumn before the new timetable starts.</p>
        </span>
        """;

    private static ParsedPage Parse(string strip) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>Harbour board raises ferry fares for the spring timetable | Coast Wire</title></head><body>
        {Story}
        {strip}
        </body></html>
        """), "fares.html");

    [Fact]
    public void A_root_class_naming_each_card_of_a_strip_under_the_text_is_no_root()
    {
        var page = Parse("""
            <section><h4 class="module-heading">Next In Business News</h4><div class="next-articles">
            <div class="story"><div class="story-content"><a href="/a/1"><div class="story-photo"><img src="/1.png" alt=""></div><h3 class="story-title">Port traffic slows after the storm</h3></a>
            <p>DOVERTON Cargo traffic through the port fell by a fifth in February as two storms closed the outer harbour for nine days, the port authority said on Tuesday.</p></div></div>
            <div class="story"><div class="story-content"><a href="/a/2"><div class="story-photo"><img src="/2.png" alt=""></div><h3 class="story-title">Boatyard wins order for three pilot boats</h3></a>
            <p>The last boatyard on the estuary has won an order for three pilot boats, its first new build in six years, securing forty jobs until next winter.</p></div></div>
            </div></section>
            """);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The harbour board voted on Tuesday", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Cargo traffic", StringComparison.Ordinal));
    }

    [Fact]
    public void A_story_content_box_with_no_twin_beside_it_is_still_the_root()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Boatyard wins order for three pilot boats</title></head><body>
            <h1>Boatyard wins order for three pilot boats</h1>
            <div class="story-content">
            <p>The last boatyard on the estuary has won an order for three pilot boats, its first new build in six years.</p>
            <p>The order secures forty jobs until next winter, the yard's owner said, and two apprentices will be taken on in May.</p>
            <p>The first hull is to be laid down in the old shed by the slipway once its roof has been repaired.</p>
            </div>
            <div class="rail"><div class="story-teaser"><a href="/a/9"><h3>Port traffic slows after the storm</h3></a></div></div>
            </body></html>
            """), "boatyard.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The last boatyard on the estuary", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
