using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SplitBodyBlocksTests
{
    [Fact]
    public void A_second_body_block_after_an_inline_module_joins_the_first()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"a\"><div class=\"articleBody\"><p>One.</p></div><div class=\"articleInline\"><h6>Map</h6></div>"
            + "<div class=\"articleBody\"><p>Two.</p></div></div></body></html>");
        var root = SplitBodyBlocks.Joined(document.QuerySelector(".articleBody")!);
        Assert.Equal("One.Two.", root.TextContent);
        Assert.Single(document.QuerySelectorAll(".articleBody"));
        Assert.NotNull(document.QuerySelector(".articleInline"));
    }

    [Fact]
    public void A_sibling_of_another_class_stays_apart()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"a\"><div class=\"articleBody\"><p>One.</p></div><div class=\"articleFooter\"><p>Print note.</p></div></div></body></html>");
        var root = SplitBodyBlocks.Joined(document.QuerySelector(".articleBody")!);
        Assert.Equal("One.", root.TextContent);
    }
}
