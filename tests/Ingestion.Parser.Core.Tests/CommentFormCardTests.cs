using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentFormCardTests
{
    private static ParsedPage Parse(string formCard) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Rowing before breakfast</title></head><body>
        <main><div class="entry">
        <h2 class="entry-title">Why I row before breakfast</h2>
        <div class="entry-text">
        <p>Every morning at six the lake is flat and empty, and the only sound is the oars going in and coming out again.</p>
        <p>I started two winters ago after a knee injury, when running was out of the question and the gym felt like a chore.</p>
        <p>Now the first hour of the day belongs to the water, and everything else waits until the boat is back on its rack.</p>
        </div></div>
        <div id="comments"></div>
        {formCard}
        <div class="box comments-box">
        <h3 class="comments-title">Comments</h3>
        <div class="note"><div class="note-head"><span class="note-author">Henrike</span> 4. March 2021</div>
        <div class="note-body">Lovely to read, I might try it on our river this spring.</div></div>
        <div class="note"><div class="note-head"><span class="note-author">Osman</span> 5. March 2021</div>
        <div class="note-body">How cold does the water get in January where you row?</div></div>
        </div></main>
        </body></html>
        """), "rowing.html");

    [Fact]
    public void A_card_of_nothing_but_the_comment_form_is_not_taken_for_the_thread_after_it()
    {
        var page = Parse("""
            <div class="box comments-box"><h4 class="comments-title">Leave a comment</h4>
            <form action="/posts/12/comments" method="post"><label>Name</label><input name="name"><label>Comment</label><textarea name="body"></textarea>
            <input type="submit" value="Send"></form></div>
            """);

        Assert.Equal(["Henrike", "Osman"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2021-03-05", page.Comments[1].PostedAt);
    }

    [Fact]
    public void A_card_with_a_comment_beside_its_form_is_still_a_thread()
    {
        Assert.False(CommentFormCard.Is(Element("""
            <div class="comments-box"><h4>Comments</h4><div class="note">Henrike: Lovely to read.</div><form action="/posts/12/comments"></form></div>
            """)));
    }

    [Fact]
    public void A_card_whose_form_names_no_comment_is_no_comment_form()
    {
        Assert.False(CommentFormCard.Is(Element("""<div class="comments-box"><h4>Newsletter</h4><form action="/subscribe"></form></div>""")));
    }

    [Fact]
    public void A_heading_and_a_comment_form_alone_are_the_form_card()
    {
        Assert.True(CommentFormCard.Is(Element("""<div class="comments-box"><h4>Leave a comment</h4><form id="commentform"></form></div>""")));
    }

    private static AngleSharp.Dom.IElement Element(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        return document.Body!.FirstElementChild!;
    }
}
