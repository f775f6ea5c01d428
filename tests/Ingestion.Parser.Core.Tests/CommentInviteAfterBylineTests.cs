using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A byline whose thread link "Leave a comment" is run onto the writer's name ("By Ada ReyesLeave a comment") still names the writer (CommentInviteAfterByline).</summary>
public class CommentInviteAfterBylineTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "   March 3, 2015\n\nHarbour board explains the ferry fare trial\n\n   " + byline + "\n\n"
        + "   The harbour board has explained why it charged some riders a different fare for a week, after complaints from commuters on the early boats.\n\n"
        + "   The trial, the board said, was meant to learn whether cheaper evening crossings would fill the late boats before the winter timetable.\n"), "fares.txt", "text/plain");

    [Theory]
    [InlineData("By Ada ReyesLeave a comment")]
    [InlineData("By Ada Reyes Leave a comment")]
    public void A_byline_with_the_thread_link_run_on_names_the_writer(string byline)
    {
        var page = Parse(byline);
        Assert.Equal("Harbour board explains the ferry fare trial", page.Title);
        Assert.Equal(["Ada Reyes"], page.Authors);
    }

    [Fact]
    public void Only_a_byline_loses_the_invitation()
    {
        Assert.Equal("By Ada Reyes", CommentInviteAfterByline.Without("By Ada ReyesLeave a comment"));
        Assert.Equal("By Ada Reyes", CommentInviteAfterByline.Without("By Ada Reyes Add a comment"));
        Assert.Equal("Readers are welcome to leave a comment", CommentInviteAfterByline.Without("Readers are welcome to leave a comment"));
        Assert.Equal("By all means leave a comment", CommentInviteAfterByline.Without("By all means leave a comment"));
        Assert.Equal("By ALeave a comment", CommentInviteAfterByline.Without("By ALeave a comment"));
    }
}
