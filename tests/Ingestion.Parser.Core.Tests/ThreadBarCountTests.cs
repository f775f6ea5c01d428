using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadBarCountTests
{
    [Theory]
    [InlineData("Cedar Falls township votes to keep volunteer fire department | Login/Create an Account | 4 comments", 4)]
    [InlineData("Ferry run cut | Log In/Create an Account | Top | 123 comments | Search Discussion", 123)]
    [InlineData("Ferry run cut | Login/Create an Account | 1 comment", 1)]
    [InlineData("Home | Login/Create an Account | Top 10", null)]
    [InlineData("Ferry run cut | Print | 4 comments", null)]
    [InlineData("She said she had to create an account | to post | 4 comments a day", null)]
    public void The_thread_bars_count_beside_its_sign_in_link(string line, int? count)
    {
        Assert.Equal(count, ThreadBarCount.DeclaredCount(line));
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));
    }

    [Fact]
    public void The_comments_tables_under_a_portals_thread_bar_are_the_thread()
    {
        var html = "<html><head><title>Site - Ferry run cut</title></head><body><table><tr><td>"
            + "<p>HARBOR POINT -- The Sound Ferry Co. will drop its 9:30 p.m. run to Gull Island starting Nov. 1, the company told island residents this week.</p>"
            + "<table><tr><td><b>Ferry run cut</b> | <a href='#'>Login/Create an Account</a> | <b>1</b> comments</td></tr></table>"
            + "<table><tr><td><b>Re: Ferry run cut</b> (Score: 1)<br>by <a href='#'>ridgerunner</a> on Thursday, September 26, 2013 @ 22:03:15 CDT<br>"
            + "(<a href='#'>User Info</a> | <a href='#'>Send a Message</a>)</td></tr><tr><td>Good call by the company, the late boat ran empty all winter.</td></tr></table>"
            + "</td></tr></table></body></html>";
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "story.html");
        Assert.Equal(1, page.DeclaredCommentCount);
        var comment = Assert.Single(page.Comments);
        Assert.Equal("ridgerunner", comment.Author);
        Assert.Equal(["Good call by the company, the late boat ran empty all winter."], comment.Paragraphs);
    }
}
