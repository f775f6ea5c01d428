using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TrackbackSectionTests
{
    private const string Page = "<html><body>"
        + "<div id=\"tb\" class=\"serendipity_comments serendipity_section_trackbacks\"><div id=\"tbtitle\" class=\"serendipity_commentsTitle\">Trackbacks</div><div>No Trackbacks</div></div>"
        + "<div id=\"cm\" class=\"serendipity_comments serendipity_section_comments\"><div id=\"cmtitle\" class=\"serendipity_commentsTitle\">Comments</div></div>"
        + "<ol id=\"pings\"><li>Ping</li></ol><div id=\"both\" class=\"comments-and-trackbacks\"></div>"
        + "</body></html>";

    [Theory]
    [InlineData("tb")]
    [InlineData("tbtitle")]
    [InlineData("pings")]
    public void A_trackback_box_and_what_lies_in_it_are_no_thread(string id)
    {
        using var document = new HtmlParser().ParseDocument(Page);

        Assert.True(TrackbackSection.Holds(document.GetElementById(id)!));
    }

    [Theory]
    [InlineData("cm")]
    [InlineData("cmtitle")]
    [InlineData("both")]
    public void The_comment_box_stays_a_thread(string id)
    {
        using var document = new HtmlParser().ParseDocument(Page);

        Assert.False(TrackbackSection.Holds(document.GetElementById(id)!));
    }

    [Fact]
    public void The_thread_under_a_trackback_box_of_the_same_class_is_read()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>"
            + "<div class=\"serendipity_comments serendipity_section_trackbacks\"><div class=\"serendipity_commentsTitle\">Trackbacks</div><div>No Trackbacks</div></div>"
            + "<div class=\"serendipity_comments serendipity_section_comments\"><div class=\"serendipity_commentsTitle\">Comments</div>"
            + "<div class=\"serendipity_comment\"><div class=\"serendipity_commentBody\">Three days is better than nothing.</div>"
            + "<div class=\"serendipity_comment_source\">Marjorie Kell on 2013-09-25 15:12</div></div>"
            + "<div class=\"serendipity_comment\"><div class=\"serendipity_commentBody\">Saturday matters most.</div>"
            + "<div class=\"serendipity_comment_source\">Lorna Pike on 2013-09-25 16:02</div></div></div>"
            + "</body></html>");

        var (comments, _) = HtmlCommentSection.Read(document);

        Assert.Equal(["Marjorie Kell", "Lorna Pike"], comments.Select(comment => comment.Author));
    }
}
