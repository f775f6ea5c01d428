using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VBulletinPostsTests
{
    private const string Post = "<div id=\"edit391220\"><table class=\"tborder\" id=\"post391220\"><tr><td class=\"thead\">09-29-2013, 12:04 AM</td></tr>"
        + "<tr><td class=\"alt2\"><a class=\"bigusername\" href=\"member.php?u=1\">RamFan62</a></td><td class=\"alt1\"><div id=\"post_message_391220\">What a finish.</div></td></tr></table></div>";

    [Fact]
    public void The_posts_box_holds_a_thread_printed_under_a_story()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"forum\"><h3>Discuss this story in the Fan Forum</h3><div id=\"posts\">" + Post + "</div></div></body></html>");
        Assert.Equal("posts", VBulletinPosts.ThreadIn(document)?.Id);
    }

    [Fact]
    public void Without_a_posts_box_the_box_around_the_post_wrapper_holds_it()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"thread\">" + Post + "</div></body></html>");
        Assert.Equal("thread", VBulletinPosts.ThreadIn(document)?.Id);
    }

    [Fact]
    public void A_layout_table_with_a_post_id_but_no_poster_is_no_thread()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><table id=\"postcard\"><tr><td>Send a postcard</td></tr></table></body></html>");
        Assert.Null(VBulletinPosts.ThreadIn(document));
    }
}
