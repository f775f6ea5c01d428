using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentFeedEntriesTests
{
    private static IReadOnlyList<ParsedComment> Take(params string[] entries)
    {
        var html = string.Concat(entries.Select((entry, index) =>
            "<div class=\"entry\"><h2><a href=\"http://www.example.com/post#comment-" + index + "\">" + entry.Split('|')[0] + "</a></h2>"
            + string.Concat(entry.Split('|').Skip(1).Select(paragraph => "<p>" + paragraph + "</p>")) + "</div>"));
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var found = document.QuerySelectorAll("div.entry").Select(entry => (entry, entry.QuerySelector("h2")!, (string?)"2013-09-27T17:02:00")).ToList();
        var comments = CommentFeedEntries.Take(found);
        Assert.Equal(comments.Count, entries.Length - document.QuerySelectorAll("div.entry").Length);
        return comments;
    }

    [Fact]
    public void By_name_entries_are_comments_and_in_reply_to_names_the_parent()
    {
        var comments = Take("By: Linda Marsh|My daughter is on WIC.", "By: R. Castaneda|Thanks.", "By: Paul Okonkwo|In reply to <a href=\"#c1\">Linda Marsh</a>.|Clinics stay open.|More soon.");

        Assert.Equal(3, comments.Count);
        Assert.Equal("Linda Marsh", comments[0].Author);
        Assert.Null(comments[1].Parent);
        Assert.Equal(1, comments[2].Parent);
        Assert.Equal(["Clinics stay open.", "More soon."], comments[2].Paragraphs);
        Assert.Equal("2013-09-27T17:02:00", comments[2].PostedAt);
    }

    [Fact]
    public void Other_entries_stay_in_the_page()
    {
        Assert.Empty(Take("By the river, a new bridge|The county opened it.", "Farewell to the Blue Plate|The diner closes."));
    }

    [Fact]
    public void Only_a_short_in_reply_to_line_names_a_parent()
    {
        Assert.Equal("Linda Marsh", CommentFeedEntries.ReplyTarget("In reply to Linda Marsh."));
        Assert.Null(CommentFeedEntries.ReplyTarget("In reply to the mayor's letter, the council voted on Monday to delay the plan"));
    }
}
