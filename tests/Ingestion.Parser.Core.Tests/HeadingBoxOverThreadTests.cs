using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A box with the thread's id that holds only a plain heading and the button to the form ("Reader comments" / "Add your
/// comment"), the comments in the box after it (CountOnlyThreadBox, widened in round r-goose-mix5).
/// </summary>
public class HeadingBoxOverThreadTests
{
    private static string Comment(int n, string text, string name, string day, string clock) => $$"""
        <div class="reader_note">
          <h3>Bridges first<a href="javascript:void(0)" name="comment_{{n}}"></a></h3>
          <p>{{text}}</p>
          <p class="note_date">Posted by: {{name}}, {{day}} | {{clock}}</p>
        </div>
        """;

    private static ParsedPage Parse(string headerBox) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour council backs the new ferry plan - Tidewater Gazette</title></head><body>
        <div class="article_block">
          <h1>Harbour council backs the new ferry plan</h1>
          <p class="byline">by Imogen Trask</p>
          <p class="article_date">14 Mar 2012</p>
          <div class="article_text">
            <p>The harbour council voted on Tuesday to back a plan for a second ferry across the estuary, ending a dispute that had run for most of the winter.</p>
            <p>Councillors said the crossing would cut the morning queue at the slipway by half, though the operator has yet to name a date for the first sailing.</p>
          </div>
        </div>
        <div class="reader_block">
          {{headerBox}}
          <div class="reader_list">
            {{Comment(101, "A second boat is overdue, but the slipway needs mending before anything else sails from it this year.", "Quay Resident", "15 Mar 2012", "09:12")}}
            {{Comment(102, "The queue is only bad in August. The rest of the year it moves well enough and the money could go elsewhere.", "Old Pilot", "15 Mar 2012", "11:40")}}
            {{Comment(103, "Whoever runs the second boat should publish its timetable well before the summer season begins.", "Marta Keel", "16 Mar 2012", "18:05")}}
            <a href="#form" class="add_button">Add your comment</a>
          </div>
        </div>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void The_box_after_a_heading_box_with_a_form_button_is_the_thread()
    {
        var page = Parse("""<div class="title_box" id="comments"><p><span>Reader comments</span><a href="#form" class="add_button">Add your comment</a></p></div>""");

        Assert.Equal(["Quay Resident", "Old Pilot", "Marta Keel"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2012-03-15T11:40:00", page.Comments[1].PostedAt);
        Assert.Equal("2012-03-14", page.PublishedAt);
    }

    [Fact]
    public void A_visitor_comments_heading_is_a_plain_heading()
    {
        var page = Parse("""<div class="title_box" id="comments"><p><span>Visitor comments</span><a href="#form" class="add_button">Add your comment</a></p></div>""");

        Assert.Equal(3, page.Comments.Count);
    }

    [Fact]
    public void A_heading_box_holding_another_link_is_left_as_it_was()
    {
        // Control: a link that is no button to the form ("Read our rules") makes the box more than a heading.
        var page = Parse("""<div class="title_box" id="comments"><p><span>Reader comments</span><a href="/rules">Read our house rules</a></p></div>""");

        Assert.Empty(page.Comments);
    }
}
