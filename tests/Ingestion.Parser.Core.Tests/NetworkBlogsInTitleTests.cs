using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NetworkBlogsInTitleTests
{
    [Theory]
    [InlineData("Capitol Desk - MNN.com Blogs", "MNN")]
    [InlineData("Beltway Ticker - WNN.com Blogs", "WNN")]
    public void A_blogs_title_rest_names_the_network_before_its_host_ending(string rest, string network) =>
        Assert.Equal(network, NetworkBlogsInTitle.Network(rest));

    [Theory]
    [InlineData("The Harbor Ledger")]
    [InlineData("Capitol Desk - Political Blogs")]
    [InlineData("Capitol Desk - mnn.com Blogs")]
    [InlineData("Food & Travel Blogs")]
    public void A_rest_without_a_network_host_before_blogs_names_nothing(string rest) =>
        Assert.Null(NetworkBlogsInTitle.Network(rest));

    [Fact]
    public void A_network_blog_page_without_site_metadata_is_the_networks_site()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Shutdown talks stall again &#8211; Capitol Desk - MNN.com Blogs</title></head>
            <body><div id="logo"><img src="logo.gif" alt="MNN"></div>
            <div class="post"><h1>Shutdown talks stall again</h1>
            <p>Talks between the two chambers stalled again on Wednesday as leaders traded offers and blame.</p>
            <p>Neither side expects a deal before the weekend, aides said, and members were told to stay in town.</p></div>
            <p>&#169; 2013 Meridian News Network. All Rights Reserved.</p></body></html>
            """), "network_blog.html");
        Assert.Equal("MNN", page.Site);
    }
}
