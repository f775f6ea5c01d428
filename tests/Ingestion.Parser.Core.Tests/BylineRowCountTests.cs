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
    [InlineData("Dienstag | 8. Oktober 2019 | 09:40 VON Lotta Brenner IN Schmuck | 0 COMMENTS", 0)]
    [InlineData("THE COUNCIL RECEIVED 4 COMMENTS", null)]
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

    [Theory]
    [InlineData("Thursday, 26 September 2013 Comments (7)", true, 7)]
    [InlineData("26/09/2013 - 18:40 | Comments [3]", true, 3)]
    [InlineData("Thursday, 26 September 2013 Comments (7)", false, null)]
    [InlineData("Thursday Comments (7)", true, null)]
    [InlineData("The council said it had received comments (4)", true, null)]
    public void A_date_row_with_the_thread_link_counts_only_under_a_byline(string line, bool underByline, int? count) =>
        Assert.Equal(count, BylineRowCount.Read(line, underByline));

    [Fact]
    public void A_date_row_under_its_byline_line_gives_the_count_and_a_date_row_under_a_headline_none()
    {
        Assert.Equal(7, DeclaredCount("By Tom Whitlow, Local Democracy Reporter"));
        Assert.Null(DeclaredCount("Hollybrook Lane housing plan thrown out"));
    }

    private static int? DeclaredCount(string lineOverDate)
    {
        var page = string.Join('\n',
            "Hollybrook Lane housing plan thrown out by councillors",
            "",
            lineOverDate,
            "Thursday, 26 September 2013 Comments (7)",
            "",
            "Plans for 120 homes off Hollybrook Lane were refused by the district council's planning committee on Wednesday night.",
            "",
            "Councillors said the access road could not take the extra traffic, and that the school nearby was already full.",
            "",
            "Comments",
            "",
            "Submitted by Mary Oakes on Thu, 26/09/2013 - 19:12",
            "Good news for the village, the road is dangerous enough as it is.");

        return PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt").DeclaredCommentCount;
    }
}
