using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "You missed these:&lt;br /&gt;  - Ferry timetable (yes)&lt;br /&gt;  - Slipway repairs (no)": a commenter's own list typed
/// with hyphens inside a comment of the page's markup is text, no reply under a bulleted name (CommentLine.StripMarker,
/// widened in round r-goose-mix5).
/// </summary>
public class TypedDashInMarkupTests
{
    private static string Comment(int n, string name, string when, string text) => $$"""
        <li class='comment'><div class='comment-block'><div class='comment-header'><cite class='user'><a href='/profile/{{n}}'>{{name}}</a></cite><span class='datetime secondary-text'><a href='/p.html?showComment={{n}}'>{{when}}</a></span></div><p class='comment-content'>{{text}}</p><span class='comment-actions secondary-text'><a href='javascript:;'>Reply</a></span></div></li>
        """;

    private static ParsedPage Parse() => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour notes: The ferry question</title></head><body>
        <div class='post hentry'><h3 class='post-title entry-title'>The ferry question</h3>
        <div class='post-body entry-content'><p>The council has now voted twice on the second ferry, and both times the slipway was left out of the plan.</p><p>Until the slipway is mended, a second boat will only lengthen the queue it is meant to shorten.</p></div></div>
        <div class='comments' id='comments'><h4>3 comments:</h4><div id='comment-holder'><ol>
        {{Comment(1, "Dora Pike", "March 3, 2012 at 9:15 AM", "Mended first, then the boat. Anything else is backwards.")}}
        {{Comment(2, "Alan Reese", "March 4, 2012 at 8:02 AM", "You missed what the plan does cover:<br /><br />  - Ferry timetable (yes)<br />  - Waiting room (no - I think)<br />  - Slipway repairs (no)<br /><br />So the slipway is not in it, as the post says.")}}
        {{Comment(3, "Marta Keel", "March 5, 2012 at 6:40 PM", "The timetable alone would help the school run.")}}
        </ol></div></div>
        </body></html>
        """), "ferry-blog.html");

    [Fact]
    public void Hyphenated_lines_stay_in_their_comment()
    {
        var page = Parse();

        Assert.Equal(["Dora Pike", "Alan Reese", "Marta Keel"], page.Comments.Select(comment => comment.Author));
        Assert.Contains("- Waiting room (no - I think)", page.Comments[1].Paragraphs);
        Assert.All(page.Comments, comment => Assert.Null(comment.Parent));
    }
}
