using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentThreadControlsTests
{
    [Theory]
    [InlineData("Hide replies (2)", 2)]
    [InlineData("Hide 3 Replies", 3)]
    [InlineData("Show replies (2)", 0)]
    [InlineData("Hide replies", 0)]
    [InlineData("I hide my replies from my boss", 0)]
    public void Only_an_open_replies_control_gives_a_count(string line, int count) => Assert.Equal(count, ExpandedReplies.Count(line));

    [Theory]
    [InlineData("In Response", true)]
    [InlineData("In response:", true)]
    [InlineData("In response to the mayor, the council voted no.", false)]
    public void A_bare_in_response_line_marks_a_reply(string line, bool marker) => Assert.Equal(marker, ReplyMarker.IsBare(line));

    [Theory]
    [InlineData("Newest first", true)]
    [InlineData("Most popular", true)]
    [InlineData("Most popular stories this week", false)]
    [InlineData("Newest | Oldest | Top Comments", true)]
    [InlineData("Newest · Oldest", true)]
    [InlineData("Newest | Weather | Sports", false)]
    public void Sort_options_stand_alone_on_their_lines(string line, bool option) => Assert.Equal(option, SortOrders.IsOption(line));
}
