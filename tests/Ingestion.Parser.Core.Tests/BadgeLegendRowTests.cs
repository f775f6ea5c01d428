using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BadgeLegendRowTests
{
    [Theory]
    [InlineData("Staff  Contributor", true)]
    [InlineData("Staff Contributor Moderator", true)]
    [InlineData("Staff", false)]
    [InlineData("Staff Sergeant", false)]
    [InlineData("Stafford Contributor", false)]
    [InlineData("Staff said the contract was fair.", false)]
    public void A_row_of_badge_words_alone_is_the_badges_legend(string line, bool legend) => Assert.Equal(legend, BadgeLegendRow.Is(line));

    [Fact]
    public void The_legend_over_the_thread_names_no_commenter()
    {
        var thread = string.Join('\n',
            "27 comments, displaying oldest first",
            "",
            "Staff  Contributor",
            "",
            "SidcupSid",
            "24 September 2013 4:52pm",
            "",
            "Finally a Labour leader saying something people outside Westminster care about.",
            "",
            "Recommend 412  |  Report  |  Share");

        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(thread)));

        Assert.Single(comments);
        Assert.Equal("SidcupSid", comments[0].Author);
    }
}
