using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DomainNameInHeadingTests
{
    private const string Page = """
        <html><head><title>Comet Tail Splits in Two Over the Weekend</title>
        <meta property="og:site_name" content="Orbitwatch.com"/></head>
        <body><div class="header"><div class="logo"><a href="/"><img src="/images/site/orbitwatch-logo.png" alt="Orbitwatch"/></a></div></div>
        <div class="left_content"><h1>Comet Tail Splits in Two Over the Weekend</h1>
        <div class="by_line_date">by <a href="/contact_author.php?a=1">Mira Solberg</a>, Orbitwatch Contributor | March 9, 2015 10:05am ET</div>
        <div class="content"><p>Amateur astronomers in three countries watched the tail of a bright comet break into two separate streams on Saturday night.</p>
        <p>The split was visible through small telescopes for several hours before the fainter stream faded below the horizon.</p></div></div>
        <div id="side_nav"><div class="sidebar-module"><h3>SUBSCRIBE TO ORBITWATCH.COM</h3><form action="/subscribe.php"><input type="text" name="email"/></form></div></div>
        </body></html>
        """;

    [Fact]
    public void A_site_heading_printing_the_domain_keeps_the_share_cards_name()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "comet.html");
        Assert.Equal("Orbitwatch.com", page.Site);
    }

    [Fact]
    public void Without_such_a_heading_the_logo_spelling_the_domain_is_the_site()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("<h3>SUBSCRIBE TO ORBITWATCH.COM</h3>", "<h3>SUBSCRIBE</h3>", StringComparison.Ordinal)), "comet.html");
        Assert.Equal("Orbitwatch", page.Site);
    }
}
