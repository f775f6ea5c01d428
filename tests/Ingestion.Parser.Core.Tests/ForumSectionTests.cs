using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumSectionTests
{
    private const string Story =
        "<html><head><title>Ferry line to drop last evening run</title></head><body><table><tr><td>"
        + "<p>HARBOR POINT -- The Sound Ferry Co. will drop its 9:30 p.m. run to Gull Island starting Nov. 1, the company told island residents this week.</p>"
        + "<p>Company manager Walt Brennan said the late boat carried an average of 11 passengers a night from November through March last year.</p>"
        + "<hr>";

    private const string Forum =
        "<p><b>Reader Forum</b> <font size=1>(2 messages) <a href='#'>Post a message</a></font></p>"
        + "<p><span>11 people?</span><br><span>Posted by <b>harborgal</b> on 9/27/13 at 10:14 p.m.</span></p>"
        + "<p>Three nights a week I get off at 9 at the hospital.</p>"
        + "<blockquote><p><span>Re: 11 people?</span><br><span>Posted by <b>Ned Pruitt</b> on 9/27/13 at 11:02 p.m.</span></p>"
        + "<p>Could the hospital shift be moved?</p></blockquote>"
        + "<hr><p><b>Classifieds</b><br><a href='/c/1'>Mooring for rent, inner harbor</a></p>";

    [Fact]
    public void A_forum_under_its_count_heading_is_the_thread_up_to_the_rule()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story + Forum + "</td></tr></table></body></html>"), "story.html");
        Assert.Equal(2, page.DeclaredCommentCount);
        Assert.Equal(["harborgal", "Ned Pruitt"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(1, page.Comments[1].Parent);
        Assert.DoesNotContain(page.Comments, comment => comment.Paragraphs.Any(paragraph => paragraph.Contains("Mooring", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_story_without_a_forum_heading_has_no_thread()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story + "<p><b>Reader Forum</b> is closed for the holiday weekend.</p></td></tr></table></body></html>"), "story.html");
        Assert.Null(page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }
}
