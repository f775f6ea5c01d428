using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateRowDeskSignatureTests
{
    private static ParsedPage Parse(string dateRow) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Ferry Captain -- Harbour Board Says No | HARBOR</title>
        <meta value="HARBOR" name="og:site_name"></head><body>
        <div id="page"><div id="main-content"><article class="news single"><div class="post single-post">
        <div class="headline"><h1><span class="hf1">Ferry Captain</span> <span class="hf2">Harbour Board Says No</span></h1></div>
        <h5 class="article-posted-date"><div class="byline-social"><span class="share-count">1</span></div> {{dateRow}} </h5>
        <div class="all-post-body article-content">
        <p>The ferry captain asked the harbour board to let the night boat run until midnight, and the board said no on Tuesday.</p>
        <p>The captain says the late crossing carried more than two hundred riders a week during the summer season last year.</p>
        </div></div></article></div>
        <aside id="sidebar"><div class="posts-widget"><div class="widget-title">Harbor Sailing</div>
        <div class="teaser"><a href="/2016/11/27/regatta-winner/"><span class="teaser-title">Regatta Winner Speaks</span></a></div>
        <p class="rr-excerpt">It must be said that the regatta was the windiest in years, and the winner had never sailed the course before.</p>
        </div></aside></div></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("11/28/2016 11:00 AM PST BY HARBOR STAFF")]
    [InlineData("November 28, 2016 by Metro Desk")]
    public void A_date_row_signed_by_the_desk_names_no_writer(string row)
    {
        var page = Parse(row);
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writer_in_the_date_row_is_still_read()
    {
        var page = Parse("11/28/2016 11:00 AM PST BY JANE MARLOWE");
        Assert.Equal(["JANE MARLOWE"], page.Authors);
    }

    [Theory]
    [InlineData("11/28/2016 11:00 AM PST BY HARBOR STAFF", true)]
    [InlineData("March 3, 2014 | by Metro Desk", true)]
    [InlineData("11/28/2016 11:00 AM PST BY JANE MARLOWE", false)]
    [InlineData("Photos by Harbor Staff", false)]
    [InlineData("Stories written by our staff", false)]
    public void Reads_a_date_then_a_desk(string text, bool expected) =>
        Assert.Equal(expected, DateRowDeskSignature.IsDateThenDesk(text));
}
