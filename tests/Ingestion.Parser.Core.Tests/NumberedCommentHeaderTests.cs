using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedCommentHeaderTests
{
    [Theory]
    [InlineData("#1 Kommentar von Mirabell")]
    [InlineData("  #12 Comment by Fenn Aldous")]
    public void A_numbered_one_comment_label_is_a_header(string line) => Assert.True(NumberedCommentHeader.Is(line));

    [Theory]
    [InlineData("1 Kommentar")]
    [InlineData("#1 Kommentare")]
    [InlineData("#Kommentar von Mirabell")]
    [InlineData("Kommentare (3)")]
    public void Counts_and_other_lines_are_no_numbered_header(string line) => Assert.False(NumberedCommentHeader.Is(line));

    [Theory]
    [InlineData("#1 Kommentar von Mirabell")]
    [InlineData("#7 Comment by Fenn Aldous")]
    public void The_comments_ordinal_declares_no_count(string line) => Assert.Null(CommentHeadings.DeclaredCount(line));

    [Fact]
    public void A_hand_made_sites_numbered_comment_under_its_title_bar_is_read()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>News - Site Update - Kapitel 88 online - Hoshi Fanpage</title></head><body>
            <div id="layout"><div id="content">
              <h1>hoshi-fan.example News - <a href="/newsarchiv/2004.html">News-Archiv</a></h1>
              <div><a id="N77"></a><h2>Site Update - Kapitel 88 online</h2>
                3. Mai 2004, 20:15 | Kaede
                <p>Das achtundachtzigste Kapitel steht jetzt in der Galerie bereit. Die Seiten sehen nur angemeldete Mitglieder, das nächste folgt am Sonntag.<br />Gute Unterhaltung</p>
              </div>
              <div class="titlebar">Kommentare</div>
              <div style="padding-top: 10px;">
                <h3>#1 Kommentar von <img src="/flags/ch.png" title="Switzerland" /> Mirabell</h3>
                4. Mai 2004, 09:02
                <p>Vielen Dank für das neue Kapitel!</p>
              </div>
              <div class="noprint"><div class="titlebar">Kommentare schreiben</div>
                <form action="/news/0077.html" method="post"><input type="text" name="username" /><textarea name="comment"></textarea><input type="submit" value="Eintragen" /></form></div>
            </div></div></body></html>
            """), "news.html");

        Assert.Null(page.DeclaredCommentCount);
        var comment = Assert.Single(page.Comments);
        Assert.Equal("Mirabell", comment.Author);
        Assert.Equal("2004-05-04T09:02:00", comment.PostedAt);
        Assert.Equal(["Vielen Dank für das neue Kapitel!"], comment.Paragraphs);
    }
}
