using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelsOverHeadlineTests
{
    private const string Page = """
        <html><head><title>The Harbor Hawks traded their ace, and the rebuild starts now - Hawk Report</title></head><body>
        <div class="entry-hero">
        <div class="entry-group-labels"><ul>
        <li class="entry-group-labels__item"><a href="/editorials"><span>Baseball Editorials</span></a></li>
        <li class="entry-group-labels__item"><a href="/baseball"><span>Baseball</span></a></li></ul></div>
        <div class="entry-hero__header-wrap"><h1>The Harbor Hawks traded their ace, and the rebuild starts now</h1></div>
        <div class="byline">by <a href="/authors/tess-moran">Tess Moran</a></div></div>
        <div class="entry-content">
        <p>The Harbor Hawks sent their best pitcher to a contender on Tuesday for four prospects, and the front office called it the first step of a long plan.</p>
        <p>None of the four has played above double-A, but two of them rank among the best young hitters in the league, and both could arrive next summer.</p>
        </div></body></html>
        """;

    [Fact]
    public void The_group_labels_over_the_headline_are_no_tags()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "hawks.html");
        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_labels_box_under_the_post_still_lists_its_tags()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            Page.Replace("</div></body>", "<div class=\"post-labels\"><a href=\"/label/hawks\">Harbor Hawks</a> <a href=\"/label/trades\">Trades</a></div></div></body>", StringComparison.Ordinal)), "hawks.html");
        Assert.Equal(["Harbor Hawks", "Trades"], page.Tags);
    }
}
