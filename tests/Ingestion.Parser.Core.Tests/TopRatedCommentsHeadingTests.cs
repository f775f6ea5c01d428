using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TopRatedCommentsHeadingTests
{
    [Fact]
    public void The_best_voted_comments_under_the_story_are_its_thread_and_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Tablet stylus said to gain a clip in spring refresh

            Thursday March 12, 2020 9:15 am PDT by Nora Vidal

            A second version of the tablet stylus may arrive in the spring, according to a supply chain report published this morning.

            The report says the new model gains a clip and charges without a cable, though it gives no price.

            Top Rated Comments

            (View all)

            Avatar
            penpal42
            3 hours ago
            Let me guess: thinner, shorter battery, higher price.
            Rating: 16 Votes
            Avatar
            quietkeys
            2 hours ago
            A clip would be welcome. Mine rolls off every desk I own.
            Rating: 9 Votes
            """), "stylus.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["penpal42", "quietkeys"], page.Comments.Select(comment => comment.Author));
        Assert.DoesNotContain("Top Rated Comments", page.BodyParagraphs);
    }

    [Theory]
    [InlineData("Top Rated Comments", true)]
    [InlineData("Top Comments", false)]
    public void Only_the_rated_heading_opens_a_thread_a_sort_tab_does_not(string line, bool heading) =>
        Assert.Equal(heading, CommentHeadings.Classify(line) == CommentHeadings.Kind.Plain);
}
