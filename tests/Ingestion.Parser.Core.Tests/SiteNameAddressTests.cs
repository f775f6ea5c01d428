using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameAddressTests
{
    private static ParsedPage Parse(string siteName, string title) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{title}}</title><meta property="og:site_name" content="{{siteName}}">
        <meta name="application-name" content="GOSSIPWIRE.COM"></head><body>
        <h1>Pop star's tour bus towed from hotel lot</h1><div class="article-content">
        <p>A pop star's tour bus was towed out of a hotel parking lot overnight ... and nobody told the band, we have learned.</p>
        <p>Sources tell us the driver had parked across four spaces reserved for a wedding party, which called the tow company.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void An_address_as_the_site_name_gives_way_to_the_titles_spelling_of_it()
    {
        Assert.Equal("GossipWire.com", Parse("http://www.gossipwire.com", "Pop star's tour bus towed from hotel lot | GossipWire.com").Site);
    }

    [Fact]
    public void Without_the_address_in_the_title_the_application_name_answers()
    {
        Assert.Equal("GOSSIPWIRE.COM", Parse("https://www.gossipwire.com/", "Pop star's tour bus towed from hotel lot").Site);
    }

    [Fact]
    public void A_site_name_that_is_no_address_stays()
    {
        Assert.Equal("Gossip Wire", Parse("Gossip Wire", "Pop star's tour bus towed from hotel lot | GossipWire.com").Site);
    }
}
