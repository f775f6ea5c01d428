using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadEndCountLinkTests
{
    [Theory]
    [InlineData("Voir les 12 réactions", 5, 6, true)]
    [InlineData("View all 34 comments", 9, 10, true)]
    [InlineData("Voir les 12 réactions", 0, 6, false)]
    [InlineData("View all 34 comments", 3, 10, false)]
    [InlineData("Les 12 réactions des lecteurs ont été lues par la rédaction.", 5, 6, false)]
    public void A_counted_link_closing_the_thread_box_declares_without_heading(string line, int index, int count, bool closes)
    {
        Assert.Equal(closes, ThreadEndCountLink.Is(line, index, count));
    }

    [Fact]
    public void Voir_les_is_a_link_to_the_whole_thread()
    {
        Assert.True(CommentHeadings.IsAllCommentsLink("Voir les 12 réactions"));
        Assert.False(CommentHeadings.IsAllCommentsLink("Les 12 réactions"));
    }
}
