using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogArchiveDocumentTitleTests
{
    private static ParsedPage Parse(string documentTitle, string postHeading) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{documentTitle}}</title><meta name="generator" content="WordPress 3.5.1" /></head><body>
        <div id="page"><div id="content" class="widecolumn"><h1><a href="http://blogs.example.org/harbourwatch/">Harbour Watch</a></h1>
        <div class="post single" id="post-212"><div class="post-date">March 4th, 2013</div>
        <h2><a href="http://blogs.example.org/harbourwatch/2013/03/04/last-ferry/" rel="bookmark">{{postHeading}}</a></h2>
        <div class="entry"><p>The council voted on Tuesday to end the harbour ferry line after forty years of service between the two piers.</p>
        <p>Ridership fell by half since the bridge opened, and the boat needs a new engine the council says it cannot pay for.</p>
        <p class="tag-metadata">Tags: <a href="/tag/ferry/" rel="tag">ferry</a>, <a href="/tag/council/" rel="tag">council</a></p></div></div></div></div>
        </body></html>
        """), "harbour.html");

    [Fact]
    public void A_kubrick_single_post_title_gives_the_post_as_title_and_the_blog_as_site()
    {
        var page = Parse("Harbour Watch  &raquo; Blog Archive   &raquo; The last ferry", "The last ferry");
        Assert.Equal("The last ferry", page.Title);
        Assert.Equal("Harbour Watch", page.Site);
    }

    [Fact]
    public void A_kubrick_title_whose_post_part_no_heading_shows_is_left_to_the_other_rules()
    {
        Assert.Null(BlogArchiveDocumentTitle.Post(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><title>Harbour Watch » Blog Archive » The last ferry</title></head><body><h1>Harbour Watch</h1><p>The last ferry sailed.</p></body></html>")));
    }

    [Fact]
    public void A_title_without_the_archive_marker_is_no_kubrick_title()
    {
        Assert.Null(BlogArchiveDocumentTitle.Blog("Harbour Watch » The last ferry", "The last ferry"));
        Assert.Null(BlogArchiveDocumentTitle.Blog("Harbour Watch » Blog Archive » The last ferry", "Another post"));
        Assert.Equal("Harbour Watch", BlogArchiveDocumentTitle.Blog("Harbour Watch » Blog Archive » The last ferry", "The last ferry"));
    }
}
