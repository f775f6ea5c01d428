using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterPortraitLinkTests
{
    private static ParsedPage Parse(string portrait) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry Crews Brace for a Long Winter on the Sound - The Harbor Ledger</title>
        <meta name="byl" content="By Dana Whitcombe"></head><body>
        <article id="story"><header><h1>Ferry Crews Brace for a Long Winter on the Sound</h1>
        <div class="byline-box">{{portrait}}<p itemprop="author creator">By <a href="https://www.harborledger.com/by/dana-whitcombe"><span itemprop="name">Dana Whitcombe</span></a></p></div>
        <time datetime="2019-02-21">Feb. 21, 2019</time></header>
        <section name="articleBody"><p>Ferry crews on the Sound have started their winter schedule a week early this year, the operator said on Thursday.</p>
        <p>Ice on the landing ramps forced two cancellations last season, and the crews now carry salt and shovels on every run.</p></section>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void The_writers_portrait_beside_the_byline_names_no_site()
    {
        var page = Parse("""<a href="https://www.harborledger.com/by/dana-whitcombe"><img alt="Dana Whitcombe" src="author-dana-whitcombe-thumb.jpg"></a>""");

        Assert.Equal("The Harbor Ledger", page.Site);
        Assert.Equal(["Dana Whitcombe"], page.Authors);
    }

    [Theory]
    [InlineData("https://www.harborledger.com/by/dana-whitcombe")]
    [InlineData("/author/dwhitcombe/")]
    [InlineData("/authors/dana-whitcombe")]
    public void A_link_to_a_writers_page_is_a_writers_address(string href) => Assert.True(WriterPortraitLink.IsWriterAddress(href));

    [Theory]
    [InlineData("/")]
    [InlineData("https://www.harborledger.com/")]
    [InlineData("/by/")]
    [InlineData("/news/standby/ferries")]
    public void Home_and_other_links_are_not(string href) => Assert.False(WriterPortraitLink.IsWriterAddress(href));
}
