using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An investing site's fine print under a story several writers signed: a paragraph of one holdings sentence a writer
/// (HoldingsStatementNote) and one closing with the site's pointer to its policy (DisclosurePolicyPointer) are no body.
/// </summary>
public class HoldingsStatementNoteTests
{
    private const string Holdings =
        "Dana Ruiz owns shares of Harbor Freight Lines and Pell &amp; Harrow. Lee Ortiz has no position in any stocks mentioned. "
        + "Mina Sato owns shares of Coastal Rail, Harbor Freight Lines, and Tidewater Ferries. Omar Quist has no position in any stocks mentioned. "
        + "Tidewater Money recommends Coastal Rail, Harbor Freight Lines, Pell &amp; Harrow, and Tidewater Ferries. "
        + "Tidewater Money owns shares of Coastal Rail, Harbor Freight Lines, Pell &amp; Harrow, Tidewater Ferries, and Quayside Storage Holdings.";

    private const string Pointer =
        "Try our newsletters free for a month. We may not all agree, but we all learn from one another. Tidewater Money has a disclosure policy.";

    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Harbour stocks</title></head><body><article><h1>Three Harbour Stocks to Watch</h1>"
        + "<p>Shipping stocks had a quiet year, but three of the harbour's operators look ready for a better one, our writers say.</p>"
        + "<p>Each picked one company and explained why its shares could beat the market over the next twelve months.</p>"
        + closing + "</article></body></html>"), "stocks.html", "text/html");

    [Fact]
    public void The_holdings_note_and_the_policy_pointer_leave_the_body()
    {
        var page = Parse("<div class=\"fine\"><p><em>" + Holdings + "</em></p><p><em>" + Pointer + "</em></p></div>");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_paragraph_with_a_sentence_of_story_stays()
    {
        var page = Parse("<p>The pension fund owns shares of both operators. Its manager said the two would merge by May. The port owns the quay.</p>"
            + "<p>The bank said it has a disclosure policy.</p>");
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.False(HoldingsStatementNote.Is("The pension fund owns shares of both operators. Its manager said the two would merge by May. The port owns the quay."));
        Assert.False(DisclosurePolicyPointer.Ends("The bank said it has a disclosure policy."));
        Assert.True(DisclosurePolicyPointer.Ends(Pointer));
    }
}
