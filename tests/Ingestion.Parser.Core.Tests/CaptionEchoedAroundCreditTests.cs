using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionEchoedAroundCreditTests
{
    private static ParsedPage Parse(string credit) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        Markets

        Harbour freight slows for a third month as shippers turn to rail

        Amara Lindqvist | @alindqvist
        2 Hours Ago
        SHARES
        Cranes idle at the east quay.

        {{credit}}

        Cranes idle at the east quay.

        Freight through the harbour fell again in October, the third monthly drop in a row, as shippers moved cargo to the new rail link.

        The port authority said it expects volumes to recover in the spring, when two new berths open on the east quay.
        """), "harbour.txt");

    [Theory]
    [InlineData("Jon Ferreira | The Harbour Gazette | Getty Images", "Jon Ferreira | The Harbour Gazette | Getty Images")]
    [InlineData("Photo: Jon Ferreira", "Jon Ferreira")]
    public void A_caption_printed_over_and_under_its_credit_is_no_headline_and_kept_once(string credit, string keptCredit)
    {
        var page = Parse(credit);
        Assert.Equal("Harbour freight slows for a third month as shippers turn to rail", page.Title);
        Assert.Equal(["Amara Lindqvist"], page.Authors);
        Assert.Equal(["Cranes idle at the east quay.", keptCredit], page.Captions);
        Assert.DoesNotContain("Cranes idle at the east quay.", page.BodyParagraphs);
        Assert.StartsWith("Freight through the harbour", page.BodyParagraphs[0]);
    }

    [Fact]
    public void Both_copies_over_the_credit_are_the_caption_kept_once()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbour freight slows for a third month as shippers turn to rail

            12.01.21

            Amara Lindqvist

            Cranes idle at the east quay.

            Cranes idle at the east quay.

            Foto: Jon Ferreira

            Freight through the harbour fell again in October, the third monthly drop in a row, as shippers moved cargo to the new rail link.

            The port authority said it expects volumes to recover in the spring, when two new berths open on the east quay.
            """), "harbour.txt");
        Assert.Equal("Harbour freight slows for a third month as shippers turn to rail", page.Title);
        Assert.Equal(["Cranes idle at the east quay.", "Jon Ferreira"], page.Captions);
        Assert.StartsWith("Freight through the harbour", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_line_repeated_with_no_credit_between_is_no_echoed_caption()
    {
        var lines = new PageLines(TextLine.Split("Cranes idle at the east quay.\n\nThe port said so.\n\nCranes idle at the east quay."));
        Assert.False(CaptionEchoedAroundCredit.Is(lines, 0, lines.Count));
        Assert.False(CaptionEchoedAroundCredit.Is(lines, 4, lines.Count));
    }
}
