using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumTopRatedRowsTests
{
    [Fact]
    public void A_forums_top_rated_posts_as_a_text_browser_prints_them_lose_their_avatar_lines_and_vote_tallies()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Bay Reporter

            Council orders two more ferries for the bay

            Tuesday March 3, 2026 6:00 am PST by Lena Marsh

            The council voted on Tuesday to buy two more ferries for the bay crossing, after a winter of cancelled sailings and long queues at both piers.

            The new boats, each carrying 300 passengers, are due in service by the autumn of next year, the transport committee said.

            Commuters had asked for more sailings since the older of the three ferries was taken out of service for repairs in January.

            Top Rated Comments

            harbourwatcher Avatar
            harbourwatcher
            3 hours ago
            Three ferries for the whole bay was never going to be enough.
            Score: 31 Votes (Like | Disagree)
            M
            ms_okafor
            3 hours ago
            The north pier this morning was a sight. The queue went past the car park.
            Score: 12 Votes (Like | Disagree)
            tidewater Avatar
            tidewater
            2 hours ago
            Good news for the island, at last.
            Score: 9 Votes (Like | Disagree)
            Read All Comments
            """), "page.txt");

        // "harbourwatcher Avatar" (the picture's alt text) and "M" (a picture-less poster's initial) over the name, and
        // "Score: 31 Votes (Like | Disagree)" under the text: none is the post's words or its writer's name.
        Assert.Equal(["harbourwatcher", "ms_okafor", "tidewater"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(
            [["Three ferries for the whole bay was never going to be enough."], ["The north pier this morning was a sight. The queue went past the car park."], ["Good news for the island, at last."]],
            page.Comments.Select(comment => comment.Paragraphs.ToArray()));
    }

    [Theory]
    [InlineData("E\nemail2markt\n181 months ago", true)]
    [InlineData("e\nemail2markt", true)]
    [InlineData("J\nemail2markt", false)]
    [InlineData("EU\nEurope's ministers met on Monday.", false)]
    public void One_letter_alone_over_the_name_it_begins_is_an_avatars_placeholder(string text, bool placeholder) =>
        Assert.Equal(placeholder, AvatarInitials.IsOverName(new PageLines(TextLine.Split(text)), 0));
}
