using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A blog theme printing each comment's time above the cited name, one comment signed on three lines under its text:
/// each comment keeps its own time, and the signed one ends with its signature (StampAboveCitedName).
/// </summary>
public class StampAboveCitedNameTests
{
    private static string Entry(string id, string stamp, string name, string text, string signature = "") => $"""
        <li class="commententry"><a name="comment-{id}"></a><ul class="unitList"><li class="unit first">
        <ul class="cMetadata"><li class="postStamp">{stamp}</li><li class="posterName"><cite>{name}</cite> wrote:</li></ul>
        <div class="commentContent"><p>{text}</p>{signature}</div></li></ul></li>
        """;

    private static readonly ParsedPage Page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!doctype html><html><head><meta charset="utf-8"><title>Why new firms should sell before they advertise - Harbour Ventures</title></head>
        <body><div class="post"><h1>Why new firms should sell before they advertise</h1><p class="byline">By Mara Quill</p>
        <div class="postContent"><p>New firms spend too early on advertising, a founder told a meeting of young companies on Tuesday, and too late on selling.</p>
        <p>The first customers, she said, teach a firm more about its product than any campaign, and they pay for the lesson too.</p>
        <p>Her advice was to knock on doors for the first year and to leave the posters until the product had found its buyers.</p></div></div>
        <div class="postcomments"><div class="headerBox"><h3>Comments (3)</h3></div><ul class="commentlist">
        {{Entry("3", "2:15 pm November 11, 2014", "Tomas Brandt", "Selling is only the last step of marketing, and you cannot sell what nobody has heard of.")}}
        {{Entry("2", "2:29 pm June 15, 2014", "Ines Varga", "Early buyers told us more in a week than our survey did in a month, so I agree with her.",
            "<p>Ines Varga<br />\nSenior Sales Adviser<br />\nPort Meridian, Calder</p>")}}
        {{Entry("1", "9:22 pm June 11, 2014", "Piet Olsen", "Knocking on doors does not scale, but it does not have to in the first year either.")}}
        </ul></div></body></html>
        """), "sales.html", "text/html");

    [Fact]
    public void Each_comment_keeps_the_time_printed_above_its_name()
    {
        Assert.Equal(["Tomas Brandt", "Ines Varga", "Piet Olsen"], Page.Comments.Select(comment => comment.Author));
        Assert.Equal(["2014-11-11T14:15:00", "2014-06-15T14:29:00", "2014-06-11T21:22:00"], Page.Comments.Select(comment => comment.PostedAt));
        Assert.EndsWith("Port Meridian, Calder", Page.Comments[1].Paragraphs[^1], StringComparison.Ordinal);
    }
}
