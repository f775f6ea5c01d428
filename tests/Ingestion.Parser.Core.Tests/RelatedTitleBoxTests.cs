using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelatedTitleBoxTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry timetable | Harbour Post</title></head><body>
        <article><h1>Ferry timetable changes at the harbour next week</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="a-content">
        <p>The harbour board said on Monday that the morning ferry would leave twenty minutes earlier from next week, after complaints from commuters.</p>
        {{box}}
        <p>The board's chair said the change was the first in a decade and that the evening ferry would keep its old time for now, pending a review.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_box_headed_by_a_related_title_and_holding_only_links_goes_with_its_heading()
    {
        var page = Parse("""<article class="u-border-l-8 pmc-u-margin-l-2"><h4 class="pmc-u-font-size-18 related__title">Related Story</h4><a href="/2019/04/pier-lighting/"><h3 class="pmc-u-font-weight-bold">Council approves new pier lighting plan</h3></a></article>""");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Council approves new pier lighting plan", page.BodyParagraphs);
    }

    [Fact]
    public void Text_outside_the_heading_and_the_links_stays()
    {
        var page = Parse("""<div class="u-border-l-8"><h4 class="related__title">Related Story</h4><p>Commuters have asked for an earlier boat since the spring, the board's minutes show.</p></div>""");
        Assert.Contains("Commuters have asked for an earlier boat since the spring, the board's minutes show.", page.BodyParagraphs);
    }
}
