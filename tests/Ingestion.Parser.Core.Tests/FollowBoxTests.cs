using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FollowBoxTests
{
    [Theory]
    [InlineData("Hannah Voss\nWritten by\nHannah Voss\nFollow\nCirculation desk, Millbrook Public Library. Opinions mine.\n\nStacks & Shelves", 4)]
    [InlineData("Stacks & Shelves\nFollow\nEssays from people who work in libraries.\n\nSee responses (4)", 2)]
    [InlineData("Stacks & Shelves\nFollow", 1)]
    public void A_name_over_the_follow_button_and_one_sentence_is_a_box(string page, int last)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.Equal(last, FollowBox.End(lines, 0, lines.Count));
    }

    [Theory]
    [InlineData("What happens now\n\nItems still have due dates, and you will still get reminders.")]
    [InlineData("Follow the money.\nFollow\nThe report traced every grant.")]
    [InlineData("Stacks & Shelves\nFollow\nEssays from people who work in libraries.\nAnd a second paragraph of text here.")]
    [InlineData("Next steps\nThe council will vote again in May.\nFollow\nUpdates")]
    public void Text_or_a_longer_block_is_no_box(string page)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.Equal(-1, FollowBox.End(lines, 0, lines.Count));
    }
}
