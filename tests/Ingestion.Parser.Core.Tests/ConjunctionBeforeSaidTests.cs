using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ConjunctionBeforeSaidTests
{
    [Fact]
    public void A_line_citing_another_reader_after_as_is_no_header()
    {
        Assert.False(CommentLine.TryReadAuthor("As Marla said on the forum: the form is far too long for a phone.", out _, out _, out _));
        Assert.False(CommentLine.TryReadAuthor("Wie Jonas sagte: die Brücke ist zu schmal.", out _, out _, out _));
    }

    [Fact]
    public void A_name_said_header_is_still_read()
    {
        Assert.True(CommentLine.TryReadAuthor("Marla Henning said on March 4, 2020:", out var author, out _, out _));
        Assert.Equal("Marla Henning", author);
    }

    [Fact]
    public void A_comment_quoting_another_stays_one_comment()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="en"><head><title>Library opens on Sundays – Town Desk</title></head><body>
            <article><h1>Library opens on Sundays</h1><p class="byline">By Edda Voss</p>
            <div class="entry"><p>The town library will open on Sunday afternoons from next month, the council decided on Tuesday after a petition gathered more than a thousand names.</p>
            <p>Staff will rotate so that no one works more than two Sundays a month, the head librarian said. The reading room and the children's corner will be open.</p></div>
            <div id="comments"><h3>2 Comments</h3>
            <div class="comment"><p><b>Rune Falk</b> March 5, 2021 at 9:12 am</p>
            <p>Good news for everyone who works on Saturdays.</p>
            <p>As Ilse Brand said on the radio: the reading room is full every weekend anyway.</p></div>
            <div class="comment"><p><b>Ilse Brand</b> March 5, 2021 at 11:40 am</p>
            <p>I did say that, and it is true.</p></div>
            </div></article></body></html>
            """), "library.html");

        Assert.Equal(["Rune Falk", "Ilse Brand"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(2, page.Comments[0].Paragraphs.Count);
    }
}
