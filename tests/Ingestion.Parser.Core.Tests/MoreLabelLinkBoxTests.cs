using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A box between the paragraphs labelled "More" over links only is furniture (MoreLabelLinkBox).</summary>
public class MoreLabelLinkBoxTests
{
    private static ParsedPage Parse(string boxInside) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Rowing club gets a grant for its slipway | harbour.com</title>
        <meta property="og:site_name" content="harbour.com"></head><body>
        <div id="article"><h1>Rowing club gets a grant for its slipway</h1>
        <div class="byline">By Lena Hansen</div>
        <div class="entry-content">
        <p>The ferry trust has given the rowing club a grant of $4,000 to repair the slipway before the spring regatta, the club said on Monday.</p>
        <p>The club will move its boats to the north shed while the work goes on, and training will start an hour later.</p>
        <div class="m-infobox" style="float: right; width: 100px;">
        <div class="m-infoboxhed">More</div>
        {{boxInside}}
        </div>
        <p>The slipway was last repaired in 1987, when the club still rowed out of the old customs house on the quay.</p>
        <p>Members will paint the new boathouse doors themselves in April, the secretary said.</p>
        </div></div></body></html>
        """), "grant.html");

    [Fact]
    public void A_more_box_of_links_is_no_paragraph()
    {
        var page = Parse("""<div><a href="/tag/harbour-notes/">Ferry timetables, harbour grants and new shops on the quay</a></div>""");
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Ferry timetables", StringComparison.Ordinal));
    }

    [Fact]
    public void A_more_box_with_text_of_its_own_stays()
    {
        var page = Parse("""<div>The club has 140 members and eleven boats, four of them built before the war.</div>""");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("140 members", StringComparison.Ordinal));
    }
}
