using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyNamedClassTokenTests
{
    private static string Note(string classes, string name, string date, string text) => $"""
        <div class="{classes}"><div class="note-head"><span class="note-author">{name}</span> {date}</div>
        <div class="note-body">{text}</div></div>
        """;

    private static ParsedPage Parse(string notes) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Rowing before breakfast</title></head><body>
        <main><div class="entry">
        <h2 class="entry-title">Why I row before breakfast</h2>
        <div class="entry-text">
        <p>Every morning at six the lake is flat and empty, and the only sound is the oars going in and coming out again.</p>
        <p>I started two winters ago after a knee injury, when running was out of the question and the gym felt like a chore.</p>
        <p>Now the first hour of the day belongs to the water, and everything else waits until the boat is back on its rack.</p>
        </div></div>
        <div class="box comments-box">
        <h3 class="comments-title">Comments</h3>
        {notes}
        </div></main>
        </body></html>
        """), "rowing.html");

    [Fact]
    public void A_box_marked_by_one_more_reply_token_answers_the_comment_above_it()
    {
        var page = Parse(string.Concat(
            Note("card card-plain", "Henrike", "4. March 2021", "Lovely to read, I might try it on our river this spring."),
            Note("card card-plain note-reply-card", "Mara", "6. March 2021", "Do try it, the river is even calmer than the lake."),
            Note("card card-plain", "Osman", "5. March 2021", "How cold does the water get in January where you row?")));

        Assert.Equal(["Henrike", "Mara", "Osman"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, null], page.Comments.Select(comment => comment.Parent));
    }

    [Fact]
    public void Boxes_that_differ_by_more_than_the_reply_token_stay_top_level()
    {
        var page = Parse(string.Concat(
            Note("card card-plain", "Henrike", "4. March 2021", "Lovely to read, I might try it on our river this spring."),
            Note("card highlighted note-reply-card", "Mara", "6. March 2021", "Do try it, the river is even calmer than the lake."),
            Note("card card-plain", "Osman", "5. March 2021", "How cold does the water get in January where you row?")));

        Assert.Equal([null, null, null], page.Comments.Select(comment => comment.Parent));
    }
}
