using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TimestampedCommentTitleTests
{
    private const string Article = "<div class=\"article\"><h1>Harbour ferry line to close in May</h1><div class=\"article-body\">"
        + "The council voted on Tuesday to end the harbour ferry line after forty years of service between the two piers.<br /><br />"
        + "Ridership fell by half since the bridge opened, and the boat needs a new engine the council says it cannot pay for.<br /><br />"
        + "A last crossing is planned for the first Sunday in May, with the old crew on board and the band on the quay.</div></div>";

    private const string Thread = "<div id=\"article_comments\"><h2 class=\"hbar\">Reader Comments</h2>"
        + "<a name=\"comment101\"></a><div id=\"comment_101\" class=\"comment\"><div class=\"comment-body\"><div class=\"comment-header\"><div class=\"comment-title\">"
        + "<a href=\"/user/12-Marta-Quell\">Marta Quell</a> <span class=\"comment-reply-dot\">&middot;</span> <span class=\"comment-timestamp\" title=\"2021-03-02T08:14:00Z\">2021-03-02T08:14:00Z</span>"
        + "</div></div><div class=\"comment-content\">Forty years, and not one crossing missed.</div></div></div>"
        + "<a name=\"comment102\"></a><div id=\"comment_102\" class=\"comment\"><div class=\"comment-body\"><div class=\"comment-header\"><div class=\"comment-title\">"
        + "<a href=\"/user/31-Ferrydad\">Ferrydad</a> <span class=\"comment-reply-dot\">&middot;</span> <span class=\"comment-timestamp\" title=\"2021-03-02T09:40:12Z\">2021-03-02T09:40:12Z</span>"
        + "</div></div><div class=\"comment-content\">The bridge toll costs more than the ferry ever did.</div></div></div></div>";

    [Fact]
    public void A_comment_title_row_holding_the_time_is_the_header_and_gives_name_and_time()
    {
        var article = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("<html><head><title>Harbour ferry line to close in May</title></head><body>" + Article + Thread + "</body></html>"), "ferry.html");
        Assert.Equal(2, article.Comments.Count);
        Assert.Equal("Marta Quell", article.Comments[0].Author);
        Assert.Equal("2021-03-02T08:14:00+00:00", article.Comments[0].PostedAt);
        Assert.Equal(["Forty years, and not one crossing missed."], article.Comments[0].Paragraphs);
        Assert.Equal("Ferrydad", article.Comments[1].Author);
    }

    [Fact]
    public void A_row_classed_for_the_time_or_a_time_element_makes_a_title_the_header()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"a\" class=\"comment-title\">Dee <span class=\"post-date\">2 May 2021</span></div>"
            + "<div id=\"b\" class=\"comment-title\">Dee <time datetime=\"2021-05-02\">2 May</time></div></body></html>");
        Assert.True(TimestampedCommentTitle.Is(document.GetElementById("a")!));
        Assert.True(TimestampedCommentTitle.Is(document.GetElementById("b")!));
    }

    [Fact]
    public void A_subject_without_a_time_is_still_dropped()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><div class=\"comment\"><div class=\"comment-title\">What about the tolls?</div>"
            + "<p>The bridge toll costs more than the ferry ever did, and the council knows it.</p></div></div></body></html>");
        Assert.False(TimestampedCommentTitle.Is(document.GetElementsByClassName("comment-title")[0]));
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.DoesNotContain("What about the tolls?", container.TextContent, StringComparison.Ordinal);
    }
}
