using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PloneDiscussionTests
{
    private static string Comment(int level, string name, string date, string text) => $"""
        <div class="comment replyTreeLevel{level} state-published" style="margin-left: {level}em;" id="13802{level}{name.Length}">
          <div class="commentImage"><img src="/defaultUser.png" alt="" /></div>
          <div class="documentByLine"><a href="/author/x">{name}</a> <span>says:</span><div class="commentDate">{date}</div></div>
          <div class="commentBody"><span><p>{text}</p></span><button class="context reply-to-comment-button hide">Reply</button></div>
        </div>
        """;

    [Fact]
    public void The_box_holding_level_classed_comments_is_the_thread()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div class=\"discussion\">" + Comment(0, "Tom Gerlach", "Sep 26, 2013 05:40 PM", "Yes.") + "</div></body></html>");
        Assert.Equal("discussion", PloneDiscussion.ThreadIn(document)?.ClassName);
    }

    [Fact]
    public void A_discussion_box_without_plones_comments_is_not_taken()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div class=\"discussion\"><h3>Discussion questions</h3><p>What would you do?</p></div></body></html>");
        Assert.Null(PloneDiscussion.ThreadIn(document));
    }

    [Fact]
    public void The_levels_give_the_replies_parents_and_the_form_is_no_thread()
    {
        var html = """
            <html><head><title>School board puts referendum on ballot &mdash; Upper Fox Public Media</title></head><body>
            <h1 class="documentFirstHeading">School board puts referendum on ballot</h1>
            <div class="documentByLine"><span class="documentAuthor">by <a href="/author/j">Julia Halvorsen</a></span>
            <span class="documentPublished">&mdash; <span>published</span> Sep 26, 2013 04:12 PM,</span>
            <span class="documentModified"><span>last modified</span> Sep 27, 2013 09:03 AM</span></div>
            <div id="parent-fieldname-text"><p>Voters in the district will decide in April whether to borrow $18 million to replace aging boilers.</p>
            <p>The school board voted 5-2 Wednesday night to put the question on the April 1 ballot after a facilities study.</p></div>
            <div class="discussion">
            """ + Comment(0, "Tom Gerlach", "Sep 26, 2013 05:40 PM", "I will vote yes again.")
                + Comment(1, "Ann Mertz", "Sep 26, 2013 06:02 PM", "My taxes went up already.")
                + Comment(0, "Dale K.", "Sep 27, 2013 07:39 AM", "Does it include the gym?") + """
            </div>
            <div class="reply"><h2>Add comment</h2>
            <form action="./@@comments" method="post" class="rowlike kssattr-formname-news/2013/x/@@comments" id="form"><textarea name="form.widgets.text"></textarea></form></div>
            </body></html>
            """;

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(html), "plone.html");

        Assert.Equal(["Tom Gerlach", "Ann Mertz", "Dale K."], parsed.Comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, null], parsed.Comments.Select(comment => comment.Parent));
        Assert.Equal("2013-09-26T17:40:00", parsed.Comments[0].PostedAt);
        Assert.Equal("2013-09-26T16:12:00", parsed.PublishedAt);
        Assert.Equal(["Julia Halvorsen"], parsed.Authors);
    }
}
