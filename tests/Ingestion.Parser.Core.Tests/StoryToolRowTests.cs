using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A story's tools parted by bars or middle dots, the last perhaps the link to the thread with its count.</summary>
public class StoryToolRowTests
{
    [Theory]
    [InlineData("Print this story · E-mail this story · Reader comments (4)")]
    [InlineData("Print this story | E-mail this story | Reader comments (4)")]
    [InlineData("Print this page • Back to News")]
    [InlineData("Print this story · E-mail this story · 12 comments")]
    public void A_row_of_tools_is_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    // A count link anywhere but last, or a row whose other parts are no tools, is something else.
    [InlineData("Reader comments (4) · Print this story · E-mail this story")]
    [InlineData("Grandstand repairs · Fair board · Reader comments (4)")]
    [InlineData("Print this story · E-mail this story · Fair board weighs grandstand repairs")]
    public void Other_rows_are_not(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void A_tool_row_under_the_date_is_no_headline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "LOCAL NEWS\n\nFair board weighs grandstand repairs after inspection\n\nBy MARCIA DELLWOOD\nLedger-Herald Editor\n\n"
            + "Published 09/25/2013\n\nPrint this story · E-mail this story · Reader comments (4)\n\n"
            + "The east bleachers of the Pruett County Fairgrounds grandstand were closed during this year's fair. Ledger-Herald photo\n\n"
            + "The Pruett County Fair Board will decide next month whether to repair or tear down the 1948 grandstand at the fairgrounds.\n\n"
            + "Board president Hollis Weaver said the east section was roped off for this year's fair, and about 400 seats were lost.\n"), "page.txt");

        Assert.Equal("Fair board weighs grandstand repairs after inspection", page.Title);
        Assert.Equal(["MARCIA DELLWOOD"], page.Authors);
        Assert.Equal("2013-09-25", page.PublishedAt);
    }
}
