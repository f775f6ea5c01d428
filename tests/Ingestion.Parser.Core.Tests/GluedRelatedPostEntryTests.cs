using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Grand Avenue rents up 30 percent in two yearsJanuary 22, 2013In "Business"": a related post's three spans run together.</summary>
public class GluedRelatedPostEntryTests
{
    [Theory]
    [InlineData("Grand Avenue rents up 30 percent in two yearsJanuary 22, 2013In \"Business\"")]
    [InlineData("Treasury officials warn of peace talks in Geneva September 23, 2013 In \"Congress\"")]
    [InlineData("Ferry fares to rise in AprilSept. 3, 2013In “Local News”")]
    public void A_title_day_and_category_run_together_is_an_entry(string line) => Assert.True(GluedRelatedPostEntry.Is(line));

    [Theory]
    [InlineData("The mayor said the plan was, in her words, \"In trouble\"")]
    [InlineData("He wrote the column in 2013. In \"Business\"")]
    [InlineData("In \"Business\"")]
    [InlineData("Grand Avenue rents up 30 percent in two years, the survey says.")]
    public void Other_lines_are_none(string line) => Assert.False(GluedRelatedPostEntry.Is(line));

    [Fact]
    public void The_entries_leave_the_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Inside the fight over the last bookstore on Grand Avenue\n\nBy Joanna Hollis\n\nMarch 12, 2013\n\n"
            + "The owners of Pageturner Books learned in January that their rent would nearly double when the lease runs out in June.\n\n"
            + "Neighbors have since raised $48,000 toward a fund to help the store move or stay, and a landlord across the street has offered space.\n\n"
            + "Related\n\nGrand Avenue rents up 30 percent in two yearsJanuary 22, 2013In \"Business\"\n\n"
            + "After 40 years, Spindle Records closesFebruary 15, 2013In \"Neighborhoods\"\n"), "page.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
