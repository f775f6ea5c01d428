using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyCountUnderCommentTests
{
    private const string Story = """
        What two years of running a tool library taught me

        Marisol Okafor
        Mar 2, 2018

        We started with a drill, two ladders and a sign on the garage door. Two years later the library lends four hundred tools.

        The neighbors bring back more than they take, and most of them stay to talk.

        """;

    [Fact]
    public void A_cards_reply_count_under_its_text_declares_nothing()
    {
        const string thread = """
            Responses

            Dev Patel
            Mar 3, 2018

            This is wonderful. We have a seed library at our branch.

            12

            1 response

            Hannah Kowalczyk
            Mar 5, 2018

            How do you handle liability for the power tools?

            27
            """;
        Assert.Null(PageParser.Parse(Encoding.UTF8.GetBytes(Story + thread), "page.txt").DeclaredCommentCount);
    }

    [Fact]
    public void A_count_over_the_first_comment_still_declares_the_thread()
    {
        const string thread = """
            2 responses

            Dev Patel
            Mar 3, 2018

            This is wonderful. We have a seed library at our branch.

            Hannah Kowalczyk
            Mar 5, 2018

            How do you handle liability for the power tools?
            """;
        Assert.Equal(2, PageParser.Parse(Encoding.UTF8.GetBytes(Story + thread), "page.txt").DeclaredCommentCount);
    }

    private const string Newsletter = """
        <html><head><title>Why the tool library works</title></head><body><article><h1>Why the tool library works</h1>
        <p>We started with a drill, two ladders and a sign on the garage door. Two years later the library lends four hundred tools to the street.</p>
        <p>The neighbors bring back more than they take, and most of them stay to talk about what they built with the borrowed saws.</p>
        </article>
        """;

    private static ParsedPage Parse(string thread) => PageParser.Parse(Encoding.UTF8.GetBytes(Newsletter + thread + "</body></html>"), "newsletter.html");

    [Fact]
    public void A_reply_count_right_under_a_comments_reply_button_leaves_the_comments_above_it()
    {
        const string thread = """
            <div class="comment-list"><div class="comment-list-items">
            <div class="comment"><div class="comment-meta"><span class="commenter-name"><a>Dev Patel</a></span><span><a href="#c1">Mar 3</a></span></div>
            <div class="comment-body"><p>This is wonderful. We have a seed library at our branch and it runs the same way.</p></div>
            <div class="comment-actions"><span><a class="like-button">4</a></span><span><a>Reply</a></span></div></div>
            <div class="comment"><div class="comment-meta"><span class="commenter-name"><a>Hannah Kowalczyk</a></span><span><a href="#c2">Mar 5</a></span></div>
            <div class="comment-body"><p>How do you handle liability for the power tools?</p><p>Our insurer asked us the same thing last spring.</p></div>
            <div class="comment-actions"><span><a class="like-button">9</a></span><span><a>Reply</a></span></div>
            <div class="more-replies-container"><a class="more-replies" href="#c2">1 reply</a></div></div>
            </div></div>
            """;
        var page = Parse(thread);

        Assert.Equal(["Dev Patel", "Hannah Kowalczyk"], page.Comments.Select(comment => comment.Author));
        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void A_reply_count_over_the_first_comment_still_heads_the_thread()
    {
        const string thread = """
            <div class="comment-list"><div class="comment-list-items">
            <div class="comment-count">2 replies</div>
            <div class="comment"><div class="comment-meta"><span class="commenter-name"><a>Dev Patel</a></span> <span><a href="#c1">Mar 3, 2018</a></span></div>
            <div class="comment-body"><p>This is wonderful. We have a seed library at our branch and it runs the same way.</p></div>
            <div class="comment-actions"><span><a>Reply</a></span></div></div>
            <div class="comment"><div class="comment-meta"><span class="commenter-name"><a>Hannah Kowalczyk</a></span> <span><a href="#c2">Mar 5, 2018</a></span></div>
            <div class="comment-body"><p>How do you handle liability for the power tools?</p></div>
            <div class="comment-actions"><span><a>Reply</a></span></div></div>
            </div></div>
            """;
        var page = Parse(thread);

        Assert.Equal(2, page.DeclaredCommentCount);
        Assert.Equal(2, page.Comments.Count);
    }
}
