using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingOverCountTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_plain_heading_over_its_count_is_the_pair() =>
        Assert.True(HeadingOverCount.Is(Lines("Conversation\n9 Comments\n\nSign in to join the conversation"), 0));

    [Fact]
    public void A_blank_line_between_heading_and_count_still_pairs() =>
        Assert.True(HeadingOverCount.Is(Lines("Join the Discussion\n\n118 Comments, add yours"), 0));

    [Fact]
    public void A_heading_over_a_comment_is_no_pair() =>
        Assert.False(HeadingOverCount.Is(Lines("Conversation\nMarinersLifer\nSep 28, 2013 11:21 PM"), 0));

    [Fact]
    public void A_count_beside_share_buttons_is_no_pair() =>
        Assert.False(HeadingOverCount.Is(Lines("Comments\n12 Comments\nTweet 31"), 0));

    [Fact]
    public void Find_gives_the_first_pair_from_a_line() =>
        Assert.Equal(3, HeadingOverCount.Find(Lines("BOX SCORE\nMore MLB\n\nConversation\n9 Comments"), 0));

    [Fact]
    public void Find_gives_minus_one_without_a_pair() =>
        Assert.Equal(-1, HeadingOverCount.Find(Lines("Comments\nTerms of Use | Privacy"), 0));
}
