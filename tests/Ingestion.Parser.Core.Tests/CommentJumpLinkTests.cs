using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentJumpLinkTests
{
    private static ParsedPage Parse(string dateRow) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>The harbour ferry gets a new name</title></head><body>
        <article><h1>The harbour ferry gets a new name</h1>
        <span class="d-inline"><a href="/authors/lena-ortiz">Lena Ortiz</a></span>
        {dateRow}
        <div class="text"><p>The harbour ferry that has crossed the bay for thirty years will sail under a new name from the spring timetable on.</p>
        <p>The county board chose the name after a vote among riders, who sent in more than four hundred ideas over the summer.</p></div>
        <div id="kommentare" class="comments"><h2>Kommentare</h2><div class="comment-area"></div></div>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void A_link_inviting_comments_beside_the_date_line_leaves_no_paragraph()
    {
        var page = Parse("""<span class="d-inline">am Dienstag, 07.11.2023 - 10:30</span> <a href="#kommentare">(Jetzt kommentieren)</a>""");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The harbour ferry", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_the_comments_inside_a_sentence_stays_in_its_paragraph()
    {
        var page = Parse("""<p>Riders argued over the shortlist for weeks, and the board said it had read <a href="#kommentare">what readers wrote</a> before the final vote on the name.</p>""");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Contains("what readers wrote", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_count_link_is_left_to_the_count_readers()
    {
        var page = Parse("""<span class="d-inline">am Dienstag, 07.11.2023 - 10:30</span> <a href="#kommentare">3 Kommentare</a>""");

        Assert.Equal(3, page.DeclaredCommentCount);
    }
}
