using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentCountActionBoxTests
{
    private const string Actions = """
        <div class="actions"><div class="like action"><a href="#">Like (4)</a></div>
        <div class="comment action"><p>Comment (<span class="number">2</span>)</p></div><div class="tweet action"><a href="#">Tweet</a></div></div>
        """;

    [Fact]
    public void Comment_buttons_over_and_under_the_story_are_no_thread_around_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Why our build got slower - Devlog</title></head><body><div class="post">
            <h1>Why our build got slower</h1>{{Actions}}
            <div class="post-body"><p>The build took four minutes in spring and eleven by autumn, and nobody had changed the compiler flags.</p>
            <p>The culprit was a test fixture that copied the whole asset folder for every case instead of once per run.</p></div>
            {{Actions}}</div></body></html>
            """), "page.html");

        Assert.Equal("Why our build got slower", page.Title);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The build took four minutes", StringComparison.Ordinal));
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void A_comment_box_that_says_more_than_a_count_is_a_comment()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            """<div class="comment"><b>Aurelio</b> I had the same problem with copied fixtures last year.</div><div class="comment action">Comments (3)</div>""");
        var boxes = document.QuerySelectorAll(".comment");

        Assert.False(CommentCountActionBox.Is(boxes[0]));
        Assert.True(CommentCountActionBox.Is(boxes[1]));
    }
}
