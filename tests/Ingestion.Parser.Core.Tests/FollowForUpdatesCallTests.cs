using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FollowForUpdatesCallTests
{
    private const string Rendering = """
        The Harbour Brief: ferries, freight and the weather

        By Marta Lindqvist

        The harbour ferry made its first crossing to the north quay on Monday, eight months after a storm tore the landing stage from its piles.

        Freight on the east wharf rose for a third month, the port authority said, as two more lines moved their calls from the river terminal.

        Follow The Harbour Brief and never miss an update!

           Get updates in your Facebook news feed.

           Get updates in your inbox.
           ____________________
           Sign-Up
        """;

    [Fact]
    public void A_follow_boxs_lines_under_the_text_are_no_paragraphs()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Rendering), "harbour-brief.txt");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Freight on the east wharf", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Follow The Harbour Brief and never miss an update!", true)]
    [InlineData("Subscribe to The Harbour Brief and never miss a story.", true)]
    [InlineData("Get updates in your Facebook news feed.", true)]
    [InlineData("Follow the river path and never miss the turn to the mill.", false)]
    [InlineData("Get updates from the council by letter, residents were told at the meeting.", false)]
    [InlineData("Follow The Harbour Brief and never miss an update", false)]
    public void Only_a_short_call_that_promises_updates(string line, bool expected) =>
        Assert.Equal(expected, FollowForUpdatesCall.Is(line));
}
