using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentNamedCategoryBoxTests
{
    private const string Issue = """
        <article class="issue"><header><h1>Issue 48</h1></header><div class="issue__body">
        <section class="category cat-comment"><div class="i" id="comment"><h2 class="category__title"><span>Comment</span></h2>
        <div class="item item--issue"><p>Welcome back! This week the links lean towards queues, and I added two about pricing your freelance work.</p>
        <p>Next week I will send a short reader survey, so please keep an eye out for it and tell me what you would change.</p>
        <span class="item__footer"><a href="/t">@harbourdev</a></span></div></div></section>
        <section class="category cat-news"><div class="i" id="news"><h2>News</h2><div class="item"><h3><a href="/a">A new queue library</a></h3>
        <p>The library handles back pressure for you, and the examples in its documentation are short and easy to follow.</p></div></div></section>
        <section class="category cat-kit"><div class="i" id="kit"><h2>Kit</h2><div class="item"><h3><a href="/b">A faster test runner</a></h3>
        <p>It runs the slow tests last and in parallel, which cut our suite from twelve minutes to four on the same laptop.</p></div></div></section>
        </div></article>
        """;

    [Fact]
    public void The_first_of_a_newsletters_categories_named_comment_is_its_text()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Issue + "</body></html>");

        Assert.True(CommentNamedCategoryBox.Is(document.GetElementById("comment")!));
        Assert.True(CommentNamedCategoryBox.IsNamed(document.QuerySelector(".cat-comment")!));
    }

    [Theory]
    [InlineData("<div class=\"block\" id=\"comments\"><ol><li><p>Great post.</p></li></ol></div><div class=\"block\"><p>Related.</p></div><div class=\"block\"><p>More.</p></div>")]
    [InlineData("<div class=\"block\" id=\"comments\"><p>Name <time>May 2</time></p><p>Great post.</p></div><div class=\"block\"><p>Related.</p></div><div class=\"block\"><p>More.</p></div>")]
    [InlineData("<div class=\"block\" id=\"comments\"><p>Great post.</p></div><div class=\"block\"><p>Related.</p></div>")]
    [InlineData("<div class=\"comment\" id=\"c1\"><p>Great post.</p></div><div class=\"comment\" id=\"c2\"><p>Agreed.</p></div><div class=\"comment\" id=\"c3\"><p>Thanks.</p></div>")]
    public void A_thread_or_a_box_without_two_later_boxes_of_its_kind_stays_a_thread(string boxes)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><main>" + boxes + "</main></body></html>");

        Assert.False(CommentNamedCategoryBox.Is(document.QuerySelector("[id^='c']")!));
    }

    [Fact]
    public void The_editors_note_opens_the_issues_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("<html><head><title>Harbour Dev Weekly - Issue 48</title></head><body>" + Issue + "</body></html>"), "issue.html");

        Assert.StartsWith("Welcome back!", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("It runs the slow tests last", page.BodyParagraphs[^1], StringComparison.Ordinal);
        Assert.Empty(page.Comments);
    }
}
