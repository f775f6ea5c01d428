using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineRowCountTests
{
    [Theory]
    [InlineData("September 26, 2013 by Pam Goodrich 6 Comments", 6)]
    [InlineData("September 26, 2013 by Pam Goodrich | 1 Comment", 1)]
    [InlineData("The board has received 6 comments", null)]
    [InlineData("By Pam Goodrich 6 Comments", null)]
    [InlineData("September 26, 2013 6 Comments", null)]
    [InlineData("Posted by Fiona Baxendale on 24 September 2013 · Comments [4]", 4)]
    [InlineData("Posted by Fiona Baxendale on 24 September 2013 | Comments (12)", 12)]
    [InlineData("Posted by Fiona Baxendale on 24 September 2013 · Comments [4)", null)]
    [InlineData("Posted on 24 September 2013 · Comments [4]", null)]
    [InlineData("The council said it had received comments (4)", null)]
    public void A_date_and_byline_row_ending_in_the_thread_link_gives_its_count(string line, int? count) => Assert.Equal(count, BylineRowCount.Read(line));

    [Fact]
    public void A_thread_under_a_bare_heading_takes_the_rows_count()
    {
        var page = string.Join('\n',
            "Willow Creek schools put $18.6 million bond on November ballot",
            "",
            "September 26, 2013 by Pam Goodrich 6 Comments",
            "",
            "The Willow Creek School Board voted unanimously Tuesday night to ask voters for an $18.6 million bond.",
            "",
            "If voters approve it Nov. 5, the bond would raise the district's property tax rate by about 1.9 mills.",
            "",
            "Comments",
            "",
            "Mark Tillery says",
            "September 26, 2013 at 9:14 am",
            "How much of the $66 goes away when the old bonds are paid off?",
            "Reply");

        Assert.Equal(6, PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt").DeclaredCommentCount);
    }
}
