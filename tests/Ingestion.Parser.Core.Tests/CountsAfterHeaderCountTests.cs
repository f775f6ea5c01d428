using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A river of teasers under a story whose header declared its count ("New, 13 comments"), each teaser's short deck over
/// its own story's count ("New, 3 comments", "New, 32 comments"): the counts are other stories' threads and open none here
/// (TeaserRiverCounts' CountsAfterHeaderCount widening).
/// </summary>
public class CountsAfterHeaderCountTests
{
    private const string Page = """
        The ferry adds a night run to the harbour line

           13 comments

           by Ines Varga Jan 12, 2017, 2:00pm EST

           The harbour ferry will run until one in the morning from next month, the port authority said on Monday, after a summer in which the last boats left full.

           The night run costs the same as a day ticket, and the last boat waits ten minutes for the final train from the city centre.

        Loading comments...

        The Latest

             * Weather

        Storm warning for the coast road tonight

           by Otto Brand

           Gusts may reach ninety on the lighthouse stretch
           3 comments
             * Schools

        School roof repairs start in March

           by Lena Holm

           An important, if overdue, repair
           32 comments

           Terms of Use
        """;

    [Fact]
    public void The_teasers_counts_open_no_thread()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.lynx.txt");
        Assert.Equal(13, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }
}
