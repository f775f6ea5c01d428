using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagBoxClassTests
{
    [Fact]
    public void A_tag_box_under_the_text_gives_tags_and_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>New harbour ferry enters service</title></head>
            <body><h1 class="headline">New harbour ferry enters service</h1>
            <div id="article" class="cell auto article">
            <p>The harbour's new ferry made its first crossing on Monday morning, carrying forty passengers across the bay in twelve minutes.</p>
            <p>The vessel replaces a boat that served the route for thirty years, and the operator says it burns a third less fuel.</p>
            <div class="tagbox"><label class="category"><i class="fi-price-tag"> </i>Tags:</label><a class="tagurl" href="/post/tags/ferry/page1">ferry</a> <a class="tagurl" href="/post/tags/harbour/page1">harbour</a> <a class="tagurl" href="/post/tags/2024/page1">2024</a> </div>
            </div></body></html>
            """), "ferry.html", "text/html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["ferry", "harbour", "2024"], page.Tags);
    }
}
