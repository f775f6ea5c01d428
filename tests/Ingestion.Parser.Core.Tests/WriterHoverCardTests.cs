using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterHoverCardTests
{
    private static ParsedPage Parse(string card) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Harbor board delays dredging vote - Bay Network News</title></head><body>
        <article class="article"><header class="article-header"><h1>Harbor board delays dredging vote</h1>
        <div class="article-meta"><ul class="authors"><li><div rel="author" class="author has-bio"><span class="by-text">By</span> Dana Whitcomb</div>
        {{card}}
        </li></ul><span class="timestamp">Dec 6, 2016, 9:42 AM ET</span></div></header>
        <div class="article-copy">
        <p>The harbor board put off its vote on dredging the north channel on Monday, saying it needed another month to study the costs.</p>
        <p>Shipping firms had pressed the board to approve the work before spring, when the larger freighters start calling at the port.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void The_writers_card_beside_the_byline_leaves_the_shown_date_to_be_read()
    {
        var page = Parse("""<div class="author-overlay"> <a class="close" href="#"> Close </a> <div class="author-meta"> <a class="btn-social twitter" href="https://twitter.example/dwhitcomb"> Follow on Twitter </a> </div><div class="author-meta auth-bio"> <a href="/author/dana_whitcomb"> More from Dana </a> </div></div>""");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
        Assert.Equal("2016-12-06T09:42:00-05:00", page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Reads_as_the_byline_without_the_card()
    {
        var carded = Parse("""<div class="author-overlay"> <a class="close" href="#"> Close </a> <a href="/author/dana_whitcomb"> More from Dana </a></div>""");
        var plain = Parse(string.Empty);

        Assert.Equal(plain.PublishedAt, carded.PublishedAt);
        Assert.Equal(plain.Authors, carded.Authors);
    }

    [Fact]
    public void A_box_beside_no_writers_name_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <!DOCTYPE html><html><head><title>Harbor board delays dredging vote - Bay Network News</title></head><body>
            <h1>Harbor board delays dredging vote</h1>
            <div class="article-copy">
            <p>The harbor board put off its vote on dredging the north channel on Monday, saying it needed another month to study the costs.</p>
            <div class="map-frame"></div><div class="map-overlay">The channel runs four miles from the breakwater to the container terminal at the head of the bay.</div>
            <p>Shipping firms had pressed the board to approve the work before spring, when the larger freighters start calling at the port.</p>
            </div></body></html>
            """), "page.html");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The channel runs four miles", StringComparison.Ordinal));
    }
}
