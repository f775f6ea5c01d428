using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WireFeedDeskTests
{
    [Theory]
    [InlineData("Harbour Wire")]
    [InlineData("CNS Wire")]
    public void A_wire_feed_is_a_desk(string name) => Assert.True(BylineParser.IsDeskName(name));

    [Theory]
    [InlineData("Dana Whitcomb")]
    [InlineData("Wirt Halloran")]
    public void A_persons_name_is_no_desk(string name) => Assert.False(BylineParser.IsDeskName(name));

    [Fact]
    public void A_wire_feed_in_the_byline_names_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>New harbour ferry enters service</title></head>
            <body><h1 class="headline">New harbour ferry enters service</h1>
            <div class="byline"><span class="accent">By:</span> Harbour Wire</div>
            <div class="articleBody">
            <p>The harbour's new ferry made its first crossing on Monday morning, carrying forty passengers across the bay in twelve minutes.</p>
            <p>The vessel replaces a boat that served the route for thirty years, and the operator says it burns a third less fuel.</p>
            </div></body></html>
            """), "ferry.html", "text/html");

        Assert.DoesNotContain("Harbour Wire", page.Authors);
    }
}
