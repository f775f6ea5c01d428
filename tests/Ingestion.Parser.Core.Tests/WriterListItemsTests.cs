using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterListItemsTests
{
    private static ParsedPage Parse(string items) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Harbor board delays dredging vote - Bay Network News</title></head><body>
        <article class="article"><header class="article-header"><h1>Harbor board delays dredging vote</h1>
        <div class="article-meta"><ul class="authors">{{items}}</ul><span class="timestamp">Dec 6, 2016, 9:42 AM ET</span></div></header>
        <div class="article-copy">
        <p>The harbor board put off its vote on dredging the north channel on Monday, saying it needed another month to study the costs.</p>
        <p>Shipping firms had pressed the board to approve the work before spring, when the larger freighters start calling at the port.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void Each_item_of_the_writers_list_names_a_writer()
    {
        var page = Parse("""<li><div rel="author" class="author has-bio"><span class="by-text">By</span> Dana Whitcomb</div></li><li><div rel="author" class="author has-bio">Omar Fenwick</div></li><li><div rel="author" class="author">LENA MARSH</div></li>""");

        Assert.Equal(["Dana Whitcomb", "Omar Fenwick", "LENA MARSH"], page.Authors);
    }

    [Fact]
    public void A_list_item_without_a_writer_adds_none()
    {
        var page = Parse("""<li><div rel="author" class="author"><span class="by-text">By</span> Dana Whitcomb</div></li><li><a href="/staff">Our newsroom</a></li>""");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }
}
