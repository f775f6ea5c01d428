using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionedBylineUnderTests
{
    private const string Page = """
           Account Settings Contact Us Log Out
           Trending:
           Rowing |
           Harbour rowing finals: favourites, toss-ups and upset alerts for the weekend
           CAPTION
           CAPTION
           HARBOUR, ME - MAY 2: Dana Ruiz - Staff portraits at the Example Herald studio. (Photo by Sam Lowe/The Example Herald)
           By Dana Ruiz | druiz@example.com | The Example Herald
           November 8, 2023 at 6:09 p.m.

           The harbour rowing finals are down to eight crews in each class. Here is a look at this weekend's races.

        Class A

           The home crew has won the last four finals, and few expect that to change on Saturday.
        """;

    private static ParsedPage Parse(string caption) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("CAPTION", caption)), "rowing.txt");

    [Fact]
    public void A_headline_over_the_lead_pictures_caption_and_a_byline_is_no_item_of_the_trending_list_above() =>
        Assert.Equal(
            "Harbour rowing finals: favourites, toss-ups and upset alerts for the weekend",
            Parse("A rower pulls clear of the pack at the harbour mouth on September 29, 2023. (Photo by Lee Park/The Example Herald)").Title);

    [Fact]
    public void A_caption_alone_under_a_line_makes_no_byline() =>
        Assert.False(CaptionedBylineUnder.Is(new PageLines(TextLine.Split("Harbour rowing finals: favourites and upset alerts\nA rower pulls clear of the pack on September 29, 2023. (Photo by Lee Park/The Example Herald)\n\nThe finals are down to eight crews.")), 0, 4));
}
