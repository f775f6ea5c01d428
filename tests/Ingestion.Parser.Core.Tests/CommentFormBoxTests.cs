using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentFormBoxTests
{
    private const string Story =
        "<p>A fire early Thursday destroyed the Millbrook Grange hall, a two-story wooden building that had been the center of township life for more than a century.</p>"
        + "<p>Crews from Millbrook, Harlan, Bellport and Pine Valley fought the fire for about three hours. No one was in the building and no one was hurt.</p>";

    [Fact]
    public void The_small_box_around_a_comment_form_goes_with_its_heading_and_rules()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><table><tr><td id=\"story\">" + Story
            + "<table id=\"box\"><tr><td><b>Add your comment</b></td></tr><tr><td><form action=\"/post\">Name: <input name=\"n\"> Comment: <textarea name=\"t\"></textarea></form>"
            + "<i>The Sentinel reviews comments and will remove those that are abusive, off topic or use profanity.</i></td></tr></table></td></tr></table></body></html>");

        CommentFormBox.Remove(document, []);

        Assert.Null(document.GetElementById("box"));
        Assert.NotNull(document.GetElementById("story"));
        Assert.Contains("Pine Valley", document.GetElementById("story")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_form_and_a_story_beside_a_form_stay()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"search\"><b>Search</b><form><input name=\"q\"></form></div>"
            + "<div id=\"story\">" + Story + Story + "<form><textarea name=\"t\"></textarea></form></div></body></html>");

        CommentFormBox.Remove(document, []);

        Assert.NotNull(document.GetElementById("search"));
        Assert.NotNull(document.GetElementById("story"));
        Assert.Null(document.QuerySelector("textarea"));
    }

    [Fact]
    public void The_reply_form_inside_the_thread_is_no_comment()
    {
        var comments = DrupalThreadPage.Parse().Comments;

        Assert.Equal(4, comments.Count);
        Assert.Equal(["Anonymous", "Marit", "Anonymous", "Ed V. -Utrecht"], comments.Select(comment => comment.Author));
        Assert.Equal(["A card is a receipt you carry for them; I stopped carrying mine years ago."], comments[0].Paragraphs);
        Assert.DoesNotContain(comments, comment => comment.Paragraphs.Any(paragraph => paragraph.Contains("Allowed HTML tags", StringComparison.Ordinal)));
        Assert.Equal([null, null, 2, null], comments.Select(comment => comment.Parent));
    }
}
