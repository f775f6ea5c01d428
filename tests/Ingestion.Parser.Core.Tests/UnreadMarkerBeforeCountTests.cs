using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "New, 12 comments": a story header's comment badge as a text browser prints it, the unread marker's link and the count
/// link joined by a comma. The count is the thread's (CommentHeadings' UnreadMarkerBeforeCount widening).
/// </summary>
public class UnreadMarkerBeforeCountTests
{
    [Theory]
    [InlineData("New, 12 comments", 12)]
    [InlineData("New, 1 comment", 1)]
    public void The_count_after_the_marker_is_declared(string line, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));

    [Fact]
    public void A_year_after_a_weekday_and_its_comma_is_no_count()
    {
        Assert.Null(CommentHeadings.DeclaredCount("Thursday, 26 September 2013"));
        Assert.NotEqual(2013, CommentHeadings.DeclaredCount("Thursday, 26 September 2013 Comments (7)"));
    }

    [Fact]
    public void The_badge_under_the_headline_declares_the_pages_count()
    {
        const string Page = """
            The ferry adds a night run to the harbour line

               New, 12 comments

            Late boats sold out all summer, the port says

               by Ines Varga Nov 29, 2016, 10:00am EST

               The harbour ferry will run until one in the morning from next month, the port authority said on Monday, after a summer in which the last boats left full.

               The night run costs the same as a day ticket, and the last boat waits ten minutes for the final train from the city centre.

            Loading comments...
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.lynx.txt");
        Assert.Equal(12, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }
}
