using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VBulletin4PostbitsTests
{
    private static string Post(int id, string name, string date, string text) => $"""
        <li class="postbitlegacy postbitim postcontainer old" id="post_{id}">
          <div class="posthead"><span class="postdate old"><span class="date">{date}</span></span>
            <span class="nodecontrols"><a name="post{id}" href="#post{id}" class="postcounter">#1</a></span></div>
          <div class="postdetails"><div class="userinfo"><div class="username_container">
            <a class="username offline popupctrl" href="member.php?u=3"><strong>{name}</strong></a></div>
            <span class="usertitle">Senior Member</span>
            <dl class="userinfo_extra"><dt>Join Date</dt> <dd>Mar 2009</dd><dt>Posts</dt> <dd>1,204</dd></dl></div>
            <div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{id}">
              <blockquote class="postcontent restore">{text}</blockquote></div></div></div></div></div>
          <div class="postfoot"><span class="postcontrols"><a class="newreply" href="#">Reply With Quote</a></span></div>
        </li>
        """;

    [Fact]
    public void Each_post_becomes_a_comment_of_name_date_and_text_with_the_boards_zone()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><ol id=\"posts\">"
            + Post(48211, "harborrat", "09-26-2013,&nbsp;<span class=\"time\">08:15 PM</span>", "Phase it in over three seasons.")
            + "</ol><div id=\"footer_time\">All times are GMT -4. The time now is <span class=\"time\">09:12 AM</span>.</div></body></html>");
        var thread = VBulletinPosts.ThreadIn(document)!;

        VBulletinPosts.Normalise(thread);

        Assert.Equal("posts", thread.Id);
        Assert.Equal(["harborrat", "09-26-2013, 08:15 PM UTC-04:00"], thread.QuerySelectorAll("div.comment > p").Select(line => line.TextContent));
        Assert.DoesNotContain("Join Date", thread.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply With Quote", thread.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_without_a_posters_link_is_no_post()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><ol><li class=\"postcontainer\"><div id=\"post_message_1\">Text</div></li></ol></body></html>");
        Assert.Null(VBulletin4Postbits.First(document));
    }

    [Fact]
    public void A_cms_articles_thread_under_its_empty_start_marker_is_read_with_its_count()
    {
        var html = """
            <html><head><title>Harbor commission proposes doubling mooring fees</title></head><body>
            <h1>Harbor commission proposes doubling mooring fees</h1>
            <div class="cms_article_date">Published on 09-26-2013 07:41 PM</div>
            <div class="cms_article_txt_content">The harbor commission wants to raise recreational mooring fees from $150 to $300 next season, saying it needs the money.<br /><br />
            Commission chairman Phil Doucette presented the proposal at Wednesday's meeting, the first of two public sessions.</div>
            <div id="comments_start"></div>
            <div class="blockhead"><h3>Comments 8</h3></div>
            <div id="cms_comments"><ol id="posts">
            """ + Post(1, "harborrat", "09-26-2013, 08:15 PM", "Doubling the fee is a lot to swallow.")
                + Post(2, "Deb Santoro", "09-26-2013, 08:42 PM", "The float has been falling apart since Irene.") + """
            </ol></div>
            <div id="footer_time">All times are GMT -4. The time now is 09:12 AM.</div>
            </body></html>
            """;

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(html), "vbcms.html");

        Assert.Equal(["harborrat", "Deb Santoro"], parsed.Comments.Select(comment => comment.Author));
        Assert.Equal("2013-09-26T20:15:00-04:00", parsed.Comments[0].PostedAt);
        Assert.Equal(8, parsed.DeclaredCommentCount);
        Assert.Equal("2013-09-26T19:41:00-04:00", parsed.PublishedAt);
    }
}
