using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DisqusPluginCommentsTests
{
    private static string Item(int id, string name, string text, string children = "") =>
        $"<li class=\"comment\" id=\"dsq-comment-{id}\"><div id=\"dsq-comment-header-{id}\" class=\"dsq-comment-header\"><cite id=\"dsq-cite-{id}\">"
        + $"<span id=\"dsq-author-user-{id}\">{name}</span></cite></div><div id=\"dsq-comment-body-{id}\" class=\"dsq-comment-body\">"
        + $"<div id=\"dsq-comment-message-{id}\" class=\"dsq-comment-message\">{text}</div></div>{children}</li>";

    [Fact]
    public void The_plugins_served_list_gives_names_text_and_replies_without_times()
    {
        var html = "<html><body><div id=\"comments\"><div id=\"disqus_thread\"><div id=\"dsq-content\"><ul id=\"dsq-comments\">"
            + Item(11, "Tammy Greer", "<p>My husband works there.</p>", "<ul class=\"children\">" + Item(12, "Bill McReynolds", "<p>Same here.</p>") + "</ul>")
            + Item(13, "halstonnative", "<p>Second time in two years.</p><p>Why so close to the school?</p>")
            + "</ul></div></div></div></body></html>";
        using var document = new HtmlParser().ParseDocument(html);

        var comments = DisqusPluginComments.Read(document.GetElementById("comments")!);

        Assert.NotNull(comments);
        Assert.Equal(["Tammy Greer", "Bill McReynolds", "halstonnative"], comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, null], comments.Select(comment => comment.Parent));
        Assert.All(comments, comment => Assert.Null(comment.PostedAt));
        Assert.Equal(["Second time in two years.", "Why so close to the school?"], comments[2].Paragraphs);
    }

    [Fact]
    public void A_wordpress_comment_list_is_no_plugin_list()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"comments\"><ol class=\"commentlist\"><li class=\"comment\" id=\"comment-20411\"><cite>Walt</cite><p>Novel idea.</p></li></ol></div></body></html>");

        Assert.Null(DisqusPluginComments.Read(document.GetElementById("comments")!));
    }
}
