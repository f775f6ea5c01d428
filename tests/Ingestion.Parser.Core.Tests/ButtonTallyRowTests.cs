using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ButtonTallyRowTests
{
    [Theory]
    [InlineData("Like 88 Reply", 88)]
    [InlineData("Recommend 5 Reply", 5)]
    [InlineData("Like · 12 · Reply", 12)]
    [InlineData("Gefällt mir 88 Antworten", 88)]
    public void A_tally_before_a_reply_button_declares_nothing(string line, int count)
    {
        Assert.True(ButtonTallyRow.Is(line, count));
    }

    [Theory]
    [InlineData("88 replies", 88)]
    [InlineData("1 Reply", 1)]
    [InlineData("Show all 142 replies", 142)]
    [InlineData("Comments (7)", 7)]
    [InlineData("View 3 replies", 3)]
    [InlineData("3 Antworten", 3)]
    public void A_real_count_stays(string line, int count)
    {
        Assert.False(ButtonTallyRow.Is(line, count));
    }

    [Fact]
    public void The_row_reads_as_a_count_without_the_rule()
    {
        // Why the rule is needed: the count pattern alone takes "88 Reply".
        Assert.Equal(88, CommentHeadings.DeclaredCount("Like 88 Reply"));
    }

    [Fact]
    public void A_comments_like_tally_on_a_text_page_declares_nothing()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Bus driver suspended after flooded underpass run

            By Dana Whitlock

            The transit authority suspended a driver who took her bus through a flooded underpass on Monday, riders said.

            A spokesman said the authority does not comment on personnel matters.

            Comments

            Ray Kowalczyk
            She got everyone home. That should count for something.
            Like 88 Reply

            Linda Marsh
            The underpass floods every spring and nobody fixes it.
            Like 3 Reply
            """), "page.txt");

        Assert.Null(page.DeclaredCommentCount);
        Assert.Equal(2, page.Comments.Count);
    }
}
