using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ExtendedEntryPartTests
{
    [Fact]
    public void A_posts_opening_joins_its_continuation_before_it()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div class=\"serendipity_entry\">"
            + "<div class=\"serendipity_entry_body\"><p>Opening paragraph.</p><div class=\"box\">Picture</div><p>Second paragraph.</p></div>"
            + "<div id=\"more\" class=\"serendipity_entry_extended\"><a id=\"extended\"></a><p>Third paragraph.</p><p>Fourth paragraph.</p></div>"
            + "</div></body></html>");

        var root = ExtendedEntryPart.WithOpening(document.GetElementById("more")!);

        Assert.Equal(["Opening paragraph.", "Second paragraph.", "Third paragraph.", "Fourth paragraph."], root.QuerySelectorAll("p").Select(paragraph => paragraph.TextContent));
        Assert.Null(document.QuerySelector(".serendipity_entry_body"));
    }

    [Theory]
    [InlineData("<div class=\"sidebar-body\"><p>Rail.</p></div><div id=\"more\" class=\"story\"><p>Text.</p></div>")]
    [InlineData("<div class=\"related\"><p>Rail.</p></div><div id=\"more\" class=\"entry-more\"><p>Text.</p></div>")]
    [InlineData("<div class=\"entry-body\"><h3>Box</h3></div><div id=\"more\" class=\"entry-more\"><p>Text.</p></div>")]
    public void A_block_that_is_no_continuation_or_follows_no_opening_stays_alone(string blocks)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + blocks + "</div></body></html>");
        var root = document.GetElementById("more")!;

        Assert.Same(root, ExtendedEntryPart.WithOpening(root));
        Assert.Single(root.QuerySelectorAll("p"));
    }
}
