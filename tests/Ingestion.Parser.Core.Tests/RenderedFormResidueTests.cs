using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>What lynx prints for a form's controls goes; the text beside a button in the same row stays.</summary>
public class RenderedFormResidueTests
{
    private static ParsedPage Parse(string dateRow) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "Harbour strike ends as dockers and the port agree to a new shift rota\n\n   By Dana Whitcomb\n   " + dateRow + "\n\n"
        + "   Dockers and the port authority have agreed to talks on Thursday, the mayor said on Wednesday, after three days of a strike that has left forty ships waiting at anchor.\n\n"
        + "   The union wants the new shift rota withdrawn before it returns to work, and the port says it will discuss the rota but not withdraw it.\n"), "page_lynx.txt");

    [Fact]
    public void The_date_before_a_button_in_the_headers_row_stays()
    {
        Assert.Equal("2023-06-07T20:54:00+00:00", Parse("Jun 7, 2023, 8:54 PM UTC| (BUTTON) Comments").PublishedAt);
    }

    [Fact]
    public void A_row_of_buttons_alone_goes()
    {
        var page = Parse("(BUTTON) Share | (BUTTON) Comments");

        Assert.Null(page.PublishedAt);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("BUTTON", StringComparison.Ordinal));
    }
}
