using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedBodyBlockTests
{
    [Fact]
    public void The_numbered_blocks_after_the_first_join_it_in_order()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><div class=\"wrap\"><div class=\"story-body story-body-1\"><p>One.</p></div><aside><h2>Related</h2><p>Other story.</p></aside></div>"
            + "<div class=\"ad\"><p>Advertisement</p></div>"
            + "<div class=\"wrap\"><div class=\"story-body story-body-2\"><p>Two.</p></div></div>"
            + "<div class=\"wrap\"><div class=\"story-body story-body-3\"><p>Three.</p></div></div></article></body></html>");
        var root = NumberedBodyBlock.Joined(document.QuerySelector(".story-body-1")!, document);

        Assert.Equal("One.Two.Three.", root.TextContent);
        Assert.Null(document.QuerySelector(".story-body-2"));
        Assert.NotNull(document.QuerySelector("aside"));
    }

    [Fact]
    public void A_root_whose_number_is_no_block_count_stays_alone()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"story-body col-1\"><p>One.</p></div><div class=\"story-body col-2\"><p>Sidebar.</p></div></body></html>");
        var root = NumberedBodyBlock.Joined(document.QuerySelector(".col-1")!, document);

        Assert.Equal("One.", root.TextContent);
    }

    [Fact]
    public void A_gap_in_the_numbers_ends_the_story()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"story-body story-body-1\"><p>One.</p></div><div class=\"story-body story-body-3\"><p>Elsewhere.</p></div></body></html>");
        var root = NumberedBodyBlock.Joined(document.QuerySelector(".story-body-1")!, document);

        Assert.Equal("One.", root.TextContent);
    }
}
