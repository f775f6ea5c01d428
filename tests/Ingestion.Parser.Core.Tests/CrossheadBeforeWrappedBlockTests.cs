using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CrossheadBeforeWrappedBlockTests
{
    private static ParsedPage Parse(string crosshead) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(SectionWrapperStory.Html(string.Empty, crosshead)), "harbour.html");

    [Fact]
    public void A_crosshead_over_a_later_sections_block_is_kept_in_place()
    {
        var page = Parse("<h4 class=\"subtitle\">How the harbour won the trade</h4>");
        Assert.Equal(
            [
                "The harbour handled fewer ships this year as freight moved to the new rail line, and the port authority expects the decline to continue into the spring.",
                "Dock workers said the quiet months had cost them overtime, and two of the four cranes on the east quay stood idle for most of the autumn.",
                "How the harbour won the trade",
                "Cargo first came by sea when the canal opened a century ago, and for decades the harbour was the only way to move coal and grain out of the valley.",
                "\"The quay was never empty then,\" the harbour master said, pointing at the old warehouses along the water.",
                "The port hopes a ferry link to the islands, planned for next year, will bring some of the trade back to the old docks.",
            ],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_linked_heading_there_is_not_taken()
    {
        var page = Parse("<h4 class=\"subtitle\"><a href=\"/related/rail\">Rail freight doubles</a></h4>");
        Assert.Equal(5, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Rail freight doubles", page.BodyParagraphs);
    }
}
