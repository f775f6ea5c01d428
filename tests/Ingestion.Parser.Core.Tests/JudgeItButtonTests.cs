using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Topix's row under each post: "Reply » | Judge it! | Report Abuse", the button's own exclamation mark kept.</summary>
public class JudgeItButtonTests
{
    [Theory]
    [InlineData("Reply » | Judge it! | Report Abuse", true)]
    [InlineData("Judge it! | Report Abuse", true)]
    [InlineData("Judge for yourself! | Report Abuse", false)]
    [InlineData("Nobody should judge it.", false)]
    public void The_judge_button_is_one_of_the_posts_buttons(string line, bool row) => Assert.Equal(row, CommentLine.IsCommentButtonRow(line));
}
