using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ItemAmongListItemsTests
{
    private static PageLines Lines(params (int Indent, string Text)[] lines) => new([.. lines.Select(line => new TextLine(line.Indent, line.Text))]);

    [Fact]
    public void An_item_reading_like_a_rail_heading_under_two_items_of_its_list_is_an_item()
    {
        var lines = Lines((0, "Things You'll Want:"), (2, "Pot"), (2, "Gravel"), (2, "Other small ornaments (optional)"), (0, "Stage 1"));
        Assert.True(ItemAmongListItems.Is(lines, 3));
    }

    [Fact]
    public void A_heading_under_the_last_line_of_a_paragraph_is_no_item()
    {
        var lines = Lines((3, "The board will meet again next month to take up the matter, the superintendent said."), (3, "ALSO READ:"), (3, "Schools close for storm"));
        Assert.False(ItemAmongListItems.Is(lines, 1));
    }

    [Fact]
    public void A_sidebar_printed_at_the_margin_is_no_list()
    {
        var lines = Lines((3, "The board will meet again next month."), (0, string.Empty), (3, "Categories"), (3, "Deals"), (3, "Other stories"), (3, "Most read"));
        Assert.False(ItemAmongListItems.Is(lines, 4));
    }

    [Fact]
    public void A_how_to_list_keeps_its_last_item_and_the_step_under_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>How to Pot a Fern - Craftly</title></head><body>
            <h1>How to Pot a Fern</h1>
            <div class="entry-content">
            <p>Potted ferns bring a bit of the woods into a flat and ask for little care once they are settled in their pots.</p>
            <h3>Things You'll Want:</h3>
            <ul><li>Pot</li><li>Potting soil from a nursery</li><li>Gravel</li><li>Other small ornaments (optional)</li></ul>
            <h3>Stage 1</h3>
            <p>Lay a finger of gravel in the bottom of the pot so that the water can drain away from the roots.</p>
            <h3>Stage 2</h3>
            <p>Fill the pot with soil up to a thumb's width under the rim, and press it down gently around the fern.</p>
            </div></body></html>
            """), "page.html");

        Assert.Contains("Other small ornaments (optional)", page.BodyParagraphs);
        Assert.Contains("Stage 1", page.BodyParagraphs);
    }
}
