using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FacebookPluginCommentsTests
{
    private static string Comment(string name, string subtitle, string text, string time) =>
        "<div class=\"_3-8y\"><div class=\"_ohe\"><a class=\"img\" href=\"#\"><img src=\"a.jpg\" alt=\"\"></a></div><div><div class=\"_3-8w\"><div class=\"_3b-9\"><div>"
        + (name.StartsWith('<') ? name : $"<a href=\"#\" class=\"UFICommentActorName\">{name}</a>") + $"<span class=\"_5mdd\"> &middot; {subtitle}</span>"
        + $"<div class=\"_3-8m\"><span>{text}</span></div></div></div>"
        + "<div class=\"_2vq9\"><a href=\"#\" role=\"button\">Like</a><span aria-hidden=\"true\"> &middot; </span><a href=\"#\" role=\"button\">Reply</a>"
        + $"<span aria-hidden=\"true\"> &middot; </span><span>38</span><span aria-hidden=\"true\"> &middot; </span><a href=\"#\"><abbr title=\"{time}\" data-utime=\"1443567720\" class=\"livetimestamp\">{time}</abbr></a></div>"
        + "</div></div></div>";

    [Fact]
    public void Each_comment_becomes_name_time_and_text_and_a_block_of_replies_is_marked()
    {
        var html = "<div id=\"c\">"
            + "<div class=\"_4k-6\">" + Comment("Karen Lindqvist", "Top Commenter", "Finally.", "Tuesday, September 29, 2015 at 6:02pm")
            + "<div class=\"_44ri\"><div class=\"_2pi8\">" + Comment("Mike Barros", "Works at Lakeport Public Works", "Wait.", "Tuesday, September 29, 2015 at 6:20pm") + "</div></div></div>"
            + "<div class=\"_4k-6\">" + Comment("Devon Achterberg", "Lakeport, Wisconsin", "Dworak is right.", "Tuesday, September 29, 2015 at 7:45pm") + "</div>"
            + "</div>";
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var container = document.GetElementById("c")!;

        FacebookPluginComments.Normalise(container);

        var comments = container.QuerySelectorAll("div.comment");
        Assert.Equal(3, comments.Length);
        Assert.Equal("Karen Lindqvist", comments[0].Children[0].TextContent);
        Assert.Equal("Tuesday, September 29, 2015 at 6:02pm", comments[0].Children[1].TextContent);
        Assert.Equal("Finally.", comments[0].Children[2].TextContent.Trim());
        Assert.DoesNotContain("Like", container.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Top Commenter", container.TextContent, StringComparison.Ordinal);
        Assert.True(container.QuerySelector("._44ri")!.ClassList.Contains("replies"));
        // Top-level comments in a list repeat their wrapper's class: the second is no reply to the first.
        Assert.All(container.QuerySelectorAll("._4k-6"), wrapper => Assert.False(wrapper.ClassList.Contains("replies")));
    }

    [Fact]
    public void A_comment_after_a_block_of_replies_in_an_unwrapped_list_is_no_reply()
    {
        var html = "<div id=\"c\">"
            + Comment("Karen Lindqvist", "Top Commenter", "Finally.", "Tuesday, September 29, 2015 at 6:02pm")
            + "<div class=\"_44ri\"><div class=\"_2pi8\">" + Comment("Mike Barros", "Top Commenter", "Wait.", "Tuesday, September 29, 2015 at 6:20pm") + "</div></div>"
            + Comment("Devon Achterberg", "Lakeport, Wisconsin", "Dworak is right.", "Tuesday, September 29, 2015 at 7:45pm")
            + "</div>";
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var container = document.GetElementById("c")!;

        FacebookPluginComments.Normalise(container);

        Assert.True(container.QuerySelector("._44ri")!.ClassList.Contains("replies"));
        Assert.Single(container.QuerySelectorAll(".replies"));
    }

    [Fact]
    public void The_list_of_2013_with_its_replies_inside_each_item_is_left_as_it_stands()
    {
        var item = (string name, string replies) =>
            $"<li class=\"fbFeedbackPost fbTopLevelComment\"><div class=\"UIImageBlock_Content\"><div class=\"postContainer\"><a class=\"profileName UFICommentActorName\" href=\"#\">{name}</a></div>"
            + "<div class=\"postContent\"><div class=\"postText\">Run him for governor.</div><a class=\"uiLinkSubtle\" href=\"#\"><abbr title=\"Thursday, September 26, 2013 at 1:05pm\" data-utime=\"1380215100\">September 26 at 1:05pm</abbr></a></div>"
            + replies + "</div></li>";
        var html = "<ul id=\"c\" class=\"fbFeedbackPosts\">" + item("Gary Holcombe", "<ul class=\"fbFeedbackReplyList\">" + item("Linda Marchetti", "") + "</ul>") + item("Shelby Nguyen", "") + "</ul>";
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var container = document.GetElementById("c")!;
        var before = container.OuterHtml;

        FacebookPluginComments.Normalise(container);

        Assert.Equal(before, container.OuterHtml);
    }

    [Fact]
    public void A_name_marked_twice_is_one_name()
    {
        var html = "<div id=\"c\"><div class=\"_4k-6\">"
            + Comment("<span class=\"UFICommentActorName\"><a class=\"UFICommentActorName\" href=\"#\">Ana Rutkowski</a></span>", "Lakeport High School", "The lost $1.4 million.", "Wednesday, September 30, 2015 at 7:10am")
            + "</div></div>";
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var container = document.GetElementById("c")!;

        FacebookPluginComments.Normalise(container);

        var comment = Assert.Single(container.QuerySelectorAll("div.comment"));
        Assert.Equal("Ana Rutkowski", comment.Children[0].TextContent);
        Assert.DoesNotContain("High School", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thread_without_the_plugins_name_links_is_left_alone()
    {
        const string html = "<div id=\"c\"><div class=\"comment\"><a class=\"author\">Karen</a><p>Finally.</p><a role=\"button\">Like</a> <abbr class=\"livetimestamp\" data-utime=\"1\">6:02pm</abbr></div></div>";
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var container = document.GetElementById("c")!;

        FacebookPluginComments.Normalise(container);

        Assert.Equal("<div class=\"comment\"><a class=\"author\">Karen</a><p>Finally.</p><a role=\"button\">Like</a> <abbr class=\"livetimestamp\" data-utime=\"1\">6:02pm</abbr></div>", container.InnerHtml);
    }
}
