using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubmissionsAccountTests
{
    private const string Page = """
        <html><head><title>A Bright Boathouse Flat | Harbour Homes</title><meta value="Harbour Homes" name="og:site_name"></head><body>
        <article class="post"><header><h1 class="PostHeader__headline">A Bright Boathouse Flat</h1></header>
        <section class="post__details"><div class="PostByline"><a class="PostByline__author" href="/authors/submissions"><span class="PostByline__name">Harbour Homes Submissions </span></a>
        <div class="PostByline__timestamp"> Mar 4, 2016 </div></div></section>
        <div class="post__content"><p>Welcome to our flat above the old boathouse, two rooms and a loft with the whole harbour outside the windows.</p>
        <p>The light comes off the water all day, so we kept the walls white and let the boats do the decorating for us.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void The_sites_submissions_account_is_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "boathouse.html");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writer_in_the_byline_stays()
    {
        var html = Page.Replace("Harbour Homes Submissions", "Ina Vole");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "boathouse.html");
        Assert.Equal(["Ina Vole"], page.Authors);
    }
}
