using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamedPartCommentsTests
{
    private static string Item(string date, string handle, string text) =>
        "<div class=\"Comment\"><a class=\"CommentAvatar\" href=\"#\"><img alt=\"" + handle + "\" src=\"a.png\"></a><div class=\"CommentContent\">"
        + $"<div class=\"CommentHeader\"><a class=\"CommentDate\" href=\"#\">{date}</a> <a class=\"CommentAuthor\" href=\"#\">{handle}:</a></div>"
        + $"<div class=\"CommentMessage\">{text}</div></div></div>";

    private const string Article =
        "<article><h1>How the allotment society shares its seed bank</h1><div class=\"entry\">"
        + "<p>The allotment society on Mill Lane has kept a seed bank for nine years, lending packets to anyone with a plot.</p>"
        + "<p>Members return twice what they borrow at the end of the season, which keeps the drawers full through winter.</p></div>";

    [Fact]
    public void A_date_before_the_handle_with_its_colon_gives_each_comment_its_writer_time_and_text()
    {
        var html = "<html><head><title>Seed bank</title></head><body>" + Article
            + "<div class=\"Comments\"><div class=\"Comments_header\"><span>Comments</span></div><div class=\"CommentsContent\">"
            + Item("March 3, 2015", "plotholder7", "<p>Lovely idea, well done.</p>")
            + Item("March 5, 2015", "beanrow", "<p>Do they take squash seeds? <br>Asking for a neighbour.</p>")
            + "</div></div></article></body></html>";

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(html), "seeds.html");

        Assert.Equal(["plotholder7", "beanrow"], parsed.Comments.Select(comment => comment.Author));
        Assert.Equal(["2015-03-03", "2015-03-05"], parsed.Comments.Select(comment => comment.PostedAt));
        Assert.All(parsed.Comments, comment => Assert.Null(comment.Parent));
        Assert.Equal(["Do they take squash seeds?", "Asking for a neighbour."], parsed.Comments[1].Paragraphs);
        Assert.DoesNotContain(parsed.BodyParagraphs, paragraph => paragraph.Contains("Lovely idea", StringComparison.Ordinal));
    }

    [Fact]
    public void Parts_not_named_as_a_comments_parts_give_nothing()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"Comments\"><div class=\"Comment\"><span class=\"PostDate\">March 3, 2015</span><span class=\"PostAuthor\">beanrow</span>"
            + "<div class=\"PostMessage\"><p>Not a named comment part.</p></div></div></div></body></html>");

        Assert.Null(NamedPartComments.Box(document));
        Assert.Empty(NamedPartComments.Read(document.Body!));
    }

    [Fact]
    public void A_reply_nested_in_a_comment_answers_it()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"comments\"><div class=\"comment\"><span class=\"comment-author\">Ada</span><span class=\"comment-date\">March 3, 2015</span>"
            + "<div class=\"comment-message\"><p>First.</p></div><div class=\"comment\"><span class=\"comment-author\">Ben</span>"
            + "<div class=\"comment-message\"><p>Second.</p></div></div></div></div></body></html>");

        var box = NamedPartComments.Box(document);
        Assert.NotNull(box);
        var comments = NamedPartComments.Read(box);

        Assert.Equal(["Ada", "Ben"], comments.Select(comment => comment.Author));
        Assert.Equal([null, 1], comments.Select(comment => comment.Parent));
    }
}
