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
    [Fact]
    public void Text_blocks_each_in_a_layout_block_of_their_own_join_the_first_and_the_pictures_between_stay_out()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><div class='block'><div class='grid'><div class='story-text gray'><p>One.</p></div></div></div>"
            + "<div class='block'><figure><img src='a.jpg'><figcaption>Name/Agency</figcaption></figure></div>"
            + "<div class='more'><div class='block'><div class='grid'><div class='story-text gray extra'><h3>Part</h3><p>Two.</p></div></div></div></div>"
            + "<div class='block'><div class='score'><p>Score 8</p></div></div></article>"
            + "<aside><article><div class='block'><div class='story-text gray'><p>Other story.</p></div></div></article></aside></body></html>");
        var root = SplitBodyBlocks.Joined(document.QuerySelector(".story-text")!);

        Assert.Equal("One.PartTwo.", root.TextContent);
        Assert.NotNull(document.QuerySelector("figure"));
        Assert.NotNull(document.QuerySelector(".score"));
        Assert.Contains("Other story.", document.QuerySelector("aside")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_without_every_class_of_the_root_or_outside_an_article_stays_apart()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><div class='block'><div class='story-text gray'><p>One.</p></div></div>"
            + "<div class='block'><div class='story-text'><p>Pull.</p></div></div></article></body></html>");
        var root = SplitBodyBlocks.Joined(document.QuerySelector(".story-text")!);

        Assert.Equal("One.", root.TextContent);

        using var bare = new HtmlParser().ParseDocument(
            "<html><body><div class='block'><div class='story-text'><p>One.</p></div></div><div class='block'><div class='story-text'><p>Two.</p></div></div></body></html>");

        Assert.Equal("One.", SplitBodyBlocks.Joined(bare.QuerySelector(".story-text")!).TextContent);
    }
}
