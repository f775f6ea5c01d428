using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FacebookProfileLineTests
{
    [Theory]
    [InlineData("Top Commenter")]
    [InlineData("TOP COMMENTER")]
    [InlineData("WORKS AT NAVAL SEA SYSTEMS COMMAND")]
    [InlineData("Top Commenter · Works at Hollins University")]
    [InlineData("Owner at Haskins Coffee")]
    [InlineData("Works at University of Kentucky")]
    [InlineData("Software Engineer at Brightwell Labs")]
    [InlineData("Studied Nursing at Bracken State")]
    [InlineData("Louisville, Kentucky")]
    [InlineData("Cedar Valley High School")]
    [InlineData("University of Kentucky")]
    public void A_profile_subtitle_is_a_profile_line(string line) => Assert.True(FacebookProfileLine.Is(line));

    [Theory]
    [InlineData("Top marks for the coach.")]
    [InlineData("Yes, Kentucky will win")]
    [InlineData("Works at the plant were shut down for a week")]
    [InlineData("Hollins fan for 30 years. Never thought I'd see it.")]
    [InlineData("Great job at the end")]
    [InlineData("Lives in fear of the budget")]
    [InlineData("School")]
    [InlineData("Close the high school")]
    public void A_comment_line_is_none(string line) => Assert.False(FacebookProfileLine.Is(line));

    [Fact]
    public void The_subtitle_under_a_commenter_name_is_no_paragraph_of_the_comment()
    {
        var page = PageParser.Parse("""
            Ridge City Council approves new bike lanes on Main Street

            The council voted 5-2 on Tuesday to add protected bike lanes along six blocks of Main Street by next summer.

            Work is expected to begin in April, city engineer Dana Ortiz said, and will close one lane at a time.

            2 comments

              * Trevor Haskins
                Owner at Haskins Coffee
                Good for business. Half my customers come by bike already.
                Reply · Like · Follow Post · March 12 at 3:02pm
              * Curtis Lamb
                Louisville, Kentucky
                Took them long enough.
                Reply · Like · Follow Post · March 12 at 4:18pm
            """u8, "page.txt");

        Assert.Equal(["Trevor Haskins", "Curtis Lamb"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Good for business. Half my customers come by bike already."], page.Comments[0].Paragraphs);
        Assert.Equal(["Took them long enough."], page.Comments[1].Paragraphs);
    }
}
