using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PosterStatsLineTests
{
    [Theory]
    [InlineData("1,204 posts | registered Mar 4, 2008")]
    [InlineData("12 posts | registered Sep 2, 2013")]
    [InlineData("1 post | joined Jan 23, 2006")]
    public void A_post_count_and_sign_up_day_under_a_comment_is_the_posters_panel(string line) => Assert.True(PosterStatsLine.Is(line));

    [Theory]
    [InlineData("12 posts | registered users only")]
    [InlineData("3 comments | Sep 26, 2013")]
    [InlineData("1,204 people registered on Mar 4, 2008 to vote in the primary.")]
    [InlineData("Restore without backup fixed mine too.")]
    public void Other_lines_are_left_alone(string line) => Assert.False(PosterStatsLine.Is(line));

    [Fact]
    public void The_sign_up_day_is_no_comments_time()
    {
        var lines = new PageLines(TextLine.Split("Comments\n\nkestrel_fan\nSenior Member\nSep 26, 2013 9:58 PM\nTurned off Frequent Locations on day one.\n1,204 posts | registered Mar 4, 2008\n\ndmoberly\nForum Regular\nSep 26, 2013 10:05 PM\nRestore without backup fixed mine too.\n317 posts | registered Jul 19, 2011\n"));
        var comments = TextCommentParser.Parse(lines);
        Assert.Equal(["kestrel_fan", "dmoberly"], comments.Select(comment => comment.Author));
        Assert.Equal(["Turned off Frequent Locations on day one."], comments[0].Paragraphs);
    }
}
