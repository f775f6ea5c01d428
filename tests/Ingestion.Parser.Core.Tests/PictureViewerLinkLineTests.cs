using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureViewerLinkLineTests
{
    private static ParsedPage Parse(string underCredit) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        Harbour Board Wins $4 Million for New Pier

        by Ines Valk, Staff Writer   |   March 12, 2014 03:20pm ET

        The old pier at the east end of the harbour, seen from the water.
        Credit: Harbour Board
        {{underCredit}}

        HARBOURTON — The harbour board will receive $4 million for a new pier, more than it asked for, under the terms of a spending bill the council passed on Tuesday.

        The bill, which funds the harbour and most of the town's services for the rest of the year, sets aside a further sum for dredging.
        """), "page.txt");

    [Fact]
    public void A_viewers_label_under_a_caption_is_no_title_nor_caption()
    {
        var page = Parse("View full size image");

        Assert.Equal("Harbour Board Wins $4 Million for New Pier", page.Title);
        Assert.DoesNotContain("View full size image", page.Captions);
        Assert.DoesNotContain("View full size image", page.BodyParagraphs);
    }

    [Fact]
    public void A_line_that_only_opens_with_the_label_is_no_button()
    {
        Assert.False(BoilerplateFilter.IsBoilerplate("View full size images of the new pier at the council's website."));
    }
}
