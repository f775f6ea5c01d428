using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ParselyPageDateOrderTests
{
    private const string Page = """
        <html><head><title>A Quiet Stone House on the Ridge : Hearth Quarterly</title>
        <meta property="og:site_name" content="Hearth Quarterly">
        <meta name="parsely-page" content='{"title":"A Quiet Stone House on the Ridge","type":"post","pub_date":"2014-11-05T09:30:00","section":"homes","author":"Tessa Marlow","tags":["Homes"]}'>
        </head><body>
        <div id="main"><h1 class="headline">A Quiet Stone House on the Ridge</h1>
        <div class="byline"><label>Text by</label> <span class="name"><a href="/contributors/tessa-marlow">Tessa Marlow</a></span></div>
        <div class="body">
        <p>The house sits low on the ridge above the river, its walls built from the grey stone quarried a mile down the valley a century ago.</p>
        <p>Its owners spent four winters restoring the rooms, keeping the old beams and the deep windows that frame the orchard below the terrace.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void The_parsely_meta_dates_a_page_with_no_other_date()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "stone-house.html");
        Assert.Equal("2014-11-05T09:30:00", page.PublishedAt);
    }

    [Fact]
    public void A_shown_time_comes_before_the_parsely_meta()
    {
        var dated = Page.Replace("<div class=\"body\">", "<time datetime=\"2014-11-06T08:00:00-05:00\">November 6, 2014</time><div class=\"body\">", StringComparison.Ordinal);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(dated), "stone-house.html");
        Assert.Equal("2014-11-06T08:00:00-05:00", page.PublishedAt);
    }

    [Fact]
    public void Broken_json_gives_no_date()
    {
        var broken = Page.Replace("\"section\":", "\"section\"", StringComparison.Ordinal);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(broken), "stone-house.html");
        Assert.Null(page.PublishedAt);
    }
}
