using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedWrapperBlocksTests
{
    [Fact]
    public void Paragraph_blocks_in_later_wrappers_of_the_same_class_join_the_first_with_their_crosshead_and_the_pictures_stay_out()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class='content'>"
            + "<div class='runs'><div class='text-block left'><p>One.</p></div><div class='text-block left'><p>Two.</p></div></div>"
            + "<figure><img src='a.jpg'><figcaption>Diners at the counter. | Ana Ruiz</figcaption></figure>"
            + "<div class='runs'><div class='text-block left'><p>Three.</p></div></div>"
            + "<div class='text-block'><h2>Where the tips go</h2></div>"
            + "<div class='runs'><div class='text-block left'><p>Four.</p></div></div>"
            + "<div class='sharer'><p>Share this</p></div></div></body></html>");

        var root = SplitBodyBlocks.Joined(document.QuerySelector(".text-block")!);

        Assert.Equal("One.Two.Three.Where the tips goFour.", root.TextContent);
        Assert.NotNull(document.QuerySelector("figure"));
        Assert.Equal("Share this", document.QuerySelector(".sharer")!.TextContent);
    }

    [Fact]
    public void A_text_block_alone_in_its_card_beside_other_cards_stays_apart()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class='grid'><div class='card'><div class='text-block'><p>First teaser.</p></div></div>"
            + "<div class='card'><div class='text-block'><p>Second teaser.</p></div></div></div></body></html>");

        var root = SplitBodyBlocks.Joined(document.QuerySelector(".text-block")!);

        Assert.Equal("First teaser.", root.TextContent);
        Assert.Equal(2, document.QuerySelectorAll(".card .text-block").Length);
    }

    [Fact]
    public void A_later_wrapper_without_a_block_of_the_roots_class_brings_no_heading()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class='content'>"
            + "<div class='runs'><div class='text-block left'><p>One.</p></div><div class='text-block left'><p>Two.</p></div></div>"
            + "<h3>Newsletter</h3><div class='runs'><div class='signup'><p>Sign up for the daily.</p></div></div></div></body></html>");

        var root = SplitBodyBlocks.Joined(document.QuerySelector(".text-block")!);

        Assert.Equal("One.Two.", root.TextContent);
        Assert.NotNull(document.QuerySelector("h3"));
    }
}
