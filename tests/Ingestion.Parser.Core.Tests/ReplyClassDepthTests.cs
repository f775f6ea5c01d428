using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyClassDepthTests
{
    private static string Comment(string cls, string name, string time, string text) => $"""
        <div class="comment {cls}"><div class="commentdata">
        <span class="authordata"><a href="/profile/{name}" class="author">{name}</a></span>
        <span class="posttime">{time}</span>
        <div class="clear"></div></div>
        <div class="commentcontent"><span class="commenttext">{text}</span></div></div>
        """;

    private static string Page(string second, string fourth) => $"""
        <html><head><title>Harbour Tales - Page 4-12</title></head><body>
        <div class="box"><h2 class="comictitle">Page 4-12</h2><img src="/comics/4-12.jpg" alt="Page 4-12"></div>
        <div class="box"><div class="leftal"><p>The ferry leaves the north pier at dawn, and the harbour master counts every crate twice before it goes.</p></div></div>
        <div class="box"><h2 class="heading">Comments:</h2><div class="comments">
        {Comment("", "Mirela", "8th May 2020, 6:26 PM", "The harbour master is up to something, I am sure of it.")}
        {Comment(second, "Oren", "8th May 2020, 9:36 PM", "Counting crates twice is just good sense on a ferry.")}
        {Comment("", "Tamsin", "8th May 2020, 7:10 PM", "Dawn crossings are the best ones anyway.")}
        {Comment(fourth, "Ilse", "9th May 2020, 1:30 AM", "Not in winter they are not.")}
        </div></div></body></html>
        """;

    [Fact]
    public void A_comment_marked_reply_in_a_flat_list_answers_the_unmarked_one_above()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("reply", "reply")), "ferry.html");
        Assert.Equal(["Mirela", "Oren", "Tamsin", "Ilse"], page.Comments.Select(c => c.Author));
        Assert.Equal([null, 1, null, 3], page.Comments.Select(c => c.Parent));
    }

    [Fact]
    public void Without_the_mark_every_comment_stays_top_level()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("", "")), "ferry.html");
        Assert.Equal([null, null, null, null], page.Comments.Select(c => c.Parent));
    }
}
