using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Three Harbour Stocks to Watch (CVL, PHW, TLF)": the stock symbols after the headline in the document title are no site (TickerListInTitle).</summary>
public class TickerListInTitleTests
{
    private static ParsedPage Parse(string documentTitle) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>" + documentTitle + "</title></head><body><div id=\"logo\"><a href=\"/\">Tidewater Money</a></div>"
        + "<article><h1>Three Harbour Stocks to Watch</h1>"
        + "<p>Shipping stocks had a quiet year, but three of the harbour's operators look ready for a better one, our writers say.</p>"
        + "<p>Each picked one company and explained why its shares could beat the market over the next twelve months.</p></article>"
        + "<footer><p>© 2015 Tidewater Money. All rights reserved.</p></footer></body></html>"), "stocks.html", "text/html");

    [Fact]
    public void Symbols_after_the_headline_name_no_site()
    {
        Assert.NotEqual("(CVL, PHW, TLF)", Parse("Three Harbour Stocks to Watch (CVL, PHW, TLF)").Site);
    }

    [Fact]
    public void Only_a_list_of_codes_is_one()
    {
        Assert.True(TickerListInTitle.Is("(CVL, PHW, TLF)"));
        Assert.True(TickerListInTitle.Is("(BRK.B, CVL)"));
        Assert.False(TickerListInTitle.Is("(BBC)"));
        Assert.False(TickerListInTitle.Is("(Harbour Daily)"));
        Assert.False(TickerListInTitle.Is("(CVL, Harbour Daily)"));
        Assert.Equal("Harbour Daily", Parse("Three Harbour Stocks to Watch | Harbour Daily").Site);
    }
}
