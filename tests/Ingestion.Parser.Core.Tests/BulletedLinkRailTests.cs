using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BulletedLinkRailTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("Latest State News\n\n     * Budget talks resume Monday\n     * Gas tax bill stalls in committee\n\nFooter", 3)]
    [InlineData("Recent Stories:\n\n     * PNP chief orders crackdown on jueteng\n     * Peso slips to 44 vs dollar", 3)]
    [InlineData("Most read articles\n\n    1. Viaduct closure set for next weekend\n    2. Huskies fall in Pac-10 semifinal\n\nComments (20)", 3)]
    public void A_title_case_heading_over_bulleted_headlines_is_a_link_rail(string text, int last) =>
        Assert.Equal(last, BulletedLinkRail.End(Lines(text), 0, Lines(text).Count));

    [Theory]
    [InlineData("The plan would:\n\n * raise the cap to $5,000.\n * end the waiting period.")]
    [InlineData("Tags\n\n     * Water Rates\n     * Infrastructure")]
    [InlineData("Key Dates\n\n * One item only")]
    [InlineData("The new rules would\n\n 1. cap fares at $2\n 2. add night buses")]
    [InlineData("The plan has two parts:\n\n 1. Raise the cap\n 2. End the waiting period")]
    public void A_list_in_the_text_or_under_a_tag_label_is_no_rail(string text) =>
        Assert.Equal(-1, BulletedLinkRail.End(Lines(text), 0, Lines(text).Count));

    [Fact]
    public void The_last_tag_under_a_label_over_share_buttons_is_a_tag_not_their_heading()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbor board approves new ferry dock

            By Lena Marsh

            The harbor board voted 4-1 on Tuesday to build a second ferry dock at the north pier, ending two years of debate over where to put it.

            Construction is expected to start in the spring and take about fourteen months, the harbor master said.

            Tags:
            Harbor Board
            Ferries
            North Pier

              • Facebook
              • Twitter
              • Email
            """), "page.txt");

        Assert.Equal(["Harbor Board", "Ferries", "North Pier"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
