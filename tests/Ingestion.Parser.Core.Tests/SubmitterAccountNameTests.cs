using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubmitterAccountNameTests
{
    [Theory]
    [InlineData("Submitted by webdesk on Tue, 09/24/2013 - 16:10", "webdesk")]
    [InlineData("Posted by admin2 on September 24, 2013", "admin2")]
    public void A_login_in_the_node_line_is_recognised(string line, string name) => Assert.True(SubmitterAccountName.Is(line, [name]));

    [Theory]
    [InlineData("Submitted by Elena Park on Fri, 09/27/2013 - 10:15", "Elena Park")]
    [InlineData("By webdesk on Tue, 09/24/2013", "webdesk")]
    [InlineData("Submitted by Renata on Tue, 09/24/2013", "Renata")]
    public void A_person_or_another_label_is_not(string line, string name) => Assert.False(SubmitterAccountName.Is(line, [name]));

    [Fact]
    public void The_byline_opening_the_text_outranks_the_login()
    {
        var page = string.Join('\n',
            "Fire destroys barn on Tolliver Road; cattle saved by neighbors",
            "Submitted by webdesk on Tue, 09/24/2013 - 16:10",
            "By Dale Ferris",
            "Register Staff Writer",
            "A fire Monday night destroyed a 100-year-old dairy barn on Tolliver Road east of Millbrook, but neighbors got the cattle out.",
            "Millbrook Volunteer Fire Department Chief Ron Sedgwick said the call came in at 9:14 p.m. and the hayloft was already burning.");
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt");
        Assert.Equal(["Dale Ferris"], parsed.Authors);
    }

    [Fact]
    public void The_login_under_the_byline_adds_no_writer_but_gives_the_time()
    {
        var page = string.Join('\n',
            "Faculty Senate backs plan to cap textbook costs for intro courses",
            "",
            "By Priya Natarajan, News Editor",
            "Submitted by webdesk on Tue, 09/24/2013 - 21:35",
            "",
            "The Faculty Senate voted 38-9 on Tuesday to endorse a plan that would cap required textbook costs at $75 for introductory courses.",
            "",
            "The plan now goes to the provost, who has said she will decide by the end of October whether to adopt it for fall 2014.");
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt");
        Assert.Equal(["Priya Natarajan"], parsed.Authors);
        Assert.NotNull(parsed.PublishedAt);
    }

    [Fact]
    public void Without_a_byline_the_login_still_names_the_poster()
    {
        var page = string.Join('\n',
            "Faculty Senate backs plan to cap textbook costs for intro courses",
            "",
            "Submitted by webdesk on Tue, 09/24/2013 - 21:35",
            "",
            "The Faculty Senate voted 38-9 on Tuesday to endorse a plan that would cap required textbook costs at $75 for introductory courses.",
            "",
            "The plan now goes to the provost, who has said she will decide by the end of October whether to adopt it for fall 2014.");
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt");
        Assert.Equal(["webdesk"], parsed.Authors);
    }
}
