using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedLinkRowTests
{
    [Theory]
    [InlineData("PoliticsDonald TrumpJoe Biden Nikki Haley")]
    [InlineData("HarbourFerries CouncilTown Hall Budget")]
    public void Topic_links_run_together_are_a_glued_row(string line) => Assert.True(GluedLinkRow.Is(line));

    [Theory]
    [InlineData("McDonald's Brings PlayStation Deals to WordPress Shops")]
    [InlineData("GlaxoSmithKline settles the vaccine suit for $3 billion")]
    [InlineData("PoliticsDonald Trump wins the primary")]
    [InlineData("The council voted on the TrumpJoe plan, and HarbourFerries agreed.")]
    public void Camel_case_brands_and_one_glue_are_no_glued_row(string line) => Assert.False(GluedLinkRow.Is(line));

    [Fact]
    public void A_glued_topic_row_over_the_headline_is_not_read_as_its_headline()
    {
        const string page = """
            What's Hot

            HarbourFerries CouncilTown Hall Budget

            Harbour Council Delays The Ferry Fare Vote, And 4 Other Takeaways From The Long Budget Night

            For large portions of the meeting, the members did not mention either the fares or the timetable.
            By Paul Okafor

            Nov 9, 2023, 12:51 AM EST

            The council put off its vote on the ferry fares until December, after a meeting that ran past midnight in the town hall.

            Members said they wanted more time to read the company's figures before they voted on the new fares.
            """;

        Assert.Equal(
            "Harbour Council Delays The Ferry Fare Vote, And 4 Other Takeaways From The Long Budget Night",
            PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "harbour.txt").Title);
    }
}
