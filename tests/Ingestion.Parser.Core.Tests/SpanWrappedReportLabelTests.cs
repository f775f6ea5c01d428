using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"&lt;a href="#" class="redflag"&gt;&lt;span&gt;Report this Comment&lt;/span&gt;&lt;/a&gt;" in a comment's header: the report control, its label in a span (CommentReportLink, SpanWrappedReportLabel).</summary>
public class SpanWrappedReportLabelTests
{
    private static ParsedPage Parse(string link) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Ferry fares</title></head><body><article><h1>Harbour board explains the ferry fare trial</h1>"
        + "<p>The harbour board has explained why it charged some riders a different fare for a week, after complaints from commuters.</p>"
        + "<p>The trial, the board said, was meant to learn whether cheaper evening crossings would fill the late boats.</p></article>"
        + "<div id=\"comments\"><h3>Readers' comments</h3><ul>"
        + "<li><div class=\"head\"><h6>" + link + " quaywalker wrote on March 4, 2015 at 9:12 PM:</h6></div><div class=\"post\"><p>The late boat was empty all week anyway.</p></div></li>"
        + "</ul></div></body></html>"), "fares.html", "text/html");

    [Fact]
    public void A_report_link_with_its_label_in_a_span_leaves_the_header()
    {
        var page = Parse("<a href=\"#\" title=\"Report this Comment\" class=\"redflag\"><span>Report this Comment</span></a>");
        Assert.Equal("quaywalker", Assert.Single(page.Comments).Author);
    }

    [Fact]
    public void A_link_holding_more_than_the_label_stays()
    {
        var page = Parse("<a href=\"#\" class=\"redflag\"><span>Report</span><span>Harbour Notes</span></a>");
        Assert.NotEqual("quaywalker", Assert.Single(page.Comments).Author);
    }
}
