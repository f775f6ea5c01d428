using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"&lt;div id="pitch"&gt;": an investing site's sales pitch for its paid report after the last paragraph is no body (HtmlFurniture's "pitch", PitchBox).</summary>
public class PitchBoxTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Harbour stocks</title></head><body><article><h1>Three Harbour Stocks to Watch</h1>"
        + "<p>Shipping stocks had a quiet year, but three of the harbour's operators look ready for a better one, our writers say.</p>"
        + "<p>Each picked one company and explained why its shares could beat the market over the next twelve months.</p>"
        + box + "</article></body></html>"), "stocks.html", "text/html");

    [Fact]
    public void A_pitch_box_leaves_the_body()
    {
        var page = Parse("<div id=\"pitch\"><p><strong>One harbour stock for the decade<br></strong>Our chief analyst has named the one company he would buy now. "
            + "To read his report at no cost, <a href=\"/offer\">follow this link</a>.</p></div>");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_box_named_otherwise_stays()
    {
        var page = Parse("<div id=\"outlook\"><p>Analysts expect the harbour's traffic to rise again next year as two new berths open in the spring.</p></div>");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
