using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedVoteButtonsTests
{
    private const string Article = """
        Harbour Ledger

        Ferry Repair Yard Will Close in June, Board Says

        By Mira Collins

        May 3, 2021

        The ferry repair yard on the north quay will close in June after the harbour board voted not to renew its lease on Tuesday evening.

        The yard has serviced the island ferries for forty years, and its twelve workers were told of the vote the next morning by the manager.

        The board said the ferries would be repaired at the mainland yard from July, a crossing of two hours each way for every boat.

        Join the conversation

        3 comments

        """;

    [Fact]
    public void Vote_buttons_glued_after_a_comment_headers_time_leave_the_header_a_header()
    {
        var page = Parse(Article + """
            Olive BrandtMay 3, 2021 at 9:14 AMVote up3Vote down

            My father worked at that yard for thirty years. This is a sad day for the quay.

            Reply Copy
            Ned H.May 3, 2021 at 10:40 AMVote up0Vote down

            Two hours each way means the ferries will be out of service for days at a time.

            Reply Copy
            harbourwatchMay 4, 2021 at 8:02 AMVote up12Vote down

            Is there a way to write to the board before the lease runs out?

            Reply Copy

            Powered by Remark42
            """);

        Assert.Equal(["Olive Brandt", "Ned H.", "harbourwatch"], page.Comments.Select(c => c.Author));
        Assert.Equal(["2021-05-03T09:14:00", "2021-05-03T10:40:00", "2021-05-04T08:02:00"], page.Comments.Select(c => c.PostedAt));
        Assert.Equal("Two hours each way means the ferries will be out of service for days at a time.", Assert.Single(page.Comments[1].Paragraphs));
        Assert.Equal("The board said the ferries would be repaired at the mainland yard from July, a crossing of two hours each way for every boat.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void One_word_like_after_a_time_stays_what_it_was()
    {
        Assert.Equal("May 3, 2021 at 9:14 AMVote up3", GluedVoteButtons.Without("May 3, 2021 at 9:14 AMVote up3").ToString());
        Assert.Equal("May 3, 2021 at 9:14 AM", GluedVoteButtons.Without("May 3, 2021 at 9:14 AMUpvote 4 Downvote").ToString());
        Assert.Equal("I would like", GluedVoteButtons.Without("I would like").ToString());
    }

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
