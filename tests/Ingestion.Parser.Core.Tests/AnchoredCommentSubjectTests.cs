using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "&lt;h3&gt;Not again&lt;a name="comment_7"&gt;&lt;/a&gt;&lt;/h3&gt;": a heading carrying the comment's own anchor is the reader's
/// subject over the text, no paragraph, whatever the box's class (CommentSubjectHeadings, widened in round r-goose-mix5).
/// </summary>
public class AnchoredCommentSubjectTests
{
    private static ParsedPage Parse(string anchorName) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Library hours cut again - Fenwick Post</title></head><body>
        <h1>Library hours cut again</h1>
        <div class="story"><p>The branch library on Mill Road will close on Mondays from next month, the third cut to its hours in two years, the council said.</p>
        <p>Staff will move to the central library on those days, and the mobile service will keep its weekly stop outside the school.</p></div>
        <div id="comments">
          <div class="reader_note"><h3>Not again<a href="javascript:void(0)" name="{{anchorName}}_7"></a></h3><p>Mondays are the only day my children can get there after school, so this hits us hardest of all.</p><p class="note_date">Posted by: Dora Pike, 03 Mar 2012 | 09:15</p></div>
          <div class="reader_note"><h3>Volunteers?<a href="javascript:void(0)" name="{{anchorName}}_8"></a></h3><p>Other towns keep their branches open with volunteers on the quiet days. Has anyone asked here?</p><p class="note_date">Posted by: Alan Reese, 03 Mar 2012 | 11:02</p></div>
        </div>
        </body></html>
        """), "library.html");

    [Fact]
    public void A_heading_holding_the_comments_anchor_is_no_paragraph()
    {
        var page = Parse("comment");

        Assert.Equal(["Dora Pike", "Alan Reese"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Mondays are the only day my children can get there after school, so this hits us hardest of all."], page.Comments[0].Paragraphs);
        Assert.Equal(["Other towns keep their branches open with volunteers on the quiet days. Has anyone asked here?"], page.Comments[1].Paragraphs);
    }
}
