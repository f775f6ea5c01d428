using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentControlLinksTests
{
    private static string Comment(string name, string time, string text, string controls) => $"""
        <div class="comment "><div class="commentdata">
        <span class="authordata"><a href="/profile/{name}" class="author">{name}</a></span>
        <span class="posttime">{time}</span>
        {controls}
        <div class="clear"></div></div>
        <div class="commentcontent"><span class="commenttext">{text}</span></div></div>
        """;

    private static string Page(string controls) => $"""
        <html><head><title>Harbour Tales - Page 4-12</title></head><body>
        <div class="box"><h2 class="comictitle">Page 4-12</h2><img src="/comics/4-12.jpg" alt="Page 4-12"></div>
        <div class="box"><div class="leftal"><p>The ferry leaves the north pier at dawn, and the harbour master counts every crate twice before it goes.</p></div></div>
        <div class="box"><h2 class="heading">Comments:</h2><div class="comments">
        {Comment("Mirela", "8th May 2020, 6:26 PM", "The harbour master is up to something, I am sure of it.", controls)}
        {Comment("Oren", "8th May 2020, 7:10 PM", "Counting crates twice is just good sense on a ferry.", controls)}
        {Comment("Tamsin", "9th May 2020, 1:30 AM", "Dawn crossings are the best ones anyway.", controls)}
        </div></div></body></html>
        """;

    private const string Controls = """<span class="commentcontrol cc"><a href="/edit?id=1" class="cce">edit</a> <a href="/edit?id=1&amp;delete=1" class="ccd">delete</a> <a href="/leave?replyto=1">reply</a></span>""";

    [Fact]
    public void The_owners_edit_delete_reply_links_beside_the_time_leave_the_header_readable()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page(Controls)), "ferry.html");
        Assert.Equal(["Mirela", "Oren", "Tamsin"], page.Comments.Select(c => c.Author));
        Assert.Equal("2020-05-08T18:26:00", page.Comments[0].PostedAt);
        Assert.Equal(["The harbour master is up to something, I am sure of it."], page.Comments[0].Paragraphs);
    }

    [Fact]
    public void A_link_row_with_other_text_is_no_control_row()
    {
        var row = """<span class="note"><a href="/edit">edit</a> this page or <a href="/report">report</a> it</span>""";
        Assert.Equal(1, CountRows(row));
    }

    [Fact]
    public void A_readers_reply_quote_report_row_stays_to_end_the_comment()
    {
        var row = """<div class="comment-actions"><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Report</a></div>""";
        Assert.Equal(1, CountRows(row));
    }

    private static int CountRows(string row)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var document = parser.ParseDocument($"<div id='c'>{row}</div>");
        var container = document.GetElementById("c")!;
        CommentControlLinks.Remove(container);
        return container.ChildElementCount;
    }
}
