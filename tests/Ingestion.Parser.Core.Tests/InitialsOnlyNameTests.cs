using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InitialsOnlyNameTests
{
    [Theory]
    [InlineData("K.M.", true)]
    [InlineData("J.R.R.", true)]
    [InlineData(" T.W. ", true)]
    [InlineData("K.", false)]
    [InlineData("K.M", false)]
    [InlineData("k.m.", false)]
    [InlineData("A.B.C.D.E.", false)]
    [InlineData("Karl M.", false)]
    public void Initials_alone_each_a_capital_and_a_full_stop_are_a_name(string text, bool name) => Assert.Equal(name, InitialsOnlyName.Is(text));

    [Theory]
    [InlineData("K.M. sagt:", "K.M.")]
    [InlineData("J.R. says:", "J.R.")]
    public void A_commenter_signing_with_initials_before_the_saying_verb_is_the_author(string line, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var read, out _, out _));
        Assert.Equal(author, read);
    }

    internal const string Story = """
        <html lang="de"><head><meta charset="UTF-8"><title>Neue Buslinie verbindet Altstadt und Hafen › Kreisbote</title>
        <meta property="og:title" content="Neue Buslinie verbindet Altstadt und Hafen › Kreisbote"></head>
        <body class="single single-post"><h1 class="site-title"><a href="/" rel="home"><img src="logo.png" alt="Kreisbote"></a></h1>
        <article class="content-area" id="post-42">
        <header class="entry-header"><time datetime="2016-03-08T15:30:55+00:00" itemprop="datePublished">08.03.2016 | 15:30 Uhr</time>
        <h1 class="entry-title">Neue Buslinie verbindet Altstadt und Hafen</h1></header>
        <div class="entry-content"><p><em>Von Petra Lindner</em></p>
        <p>Ab Montag fährt die neue Linie 12 alle zwanzig Minuten zwischen dem Marktplatz und dem Fährhafen, auch am Wochenende.</p>
        <p>Die Stadtwerke rechnen mit bis zu dreitausend Fahrgästen am Tag und haben dafür vier neue Busse angeschafft.</p></div>
        </article>
        <div id="comments" class="comments-area"><h2 class="comments-title"><span>Alle Kommentare</span></h2>
        <ol class="comment-list"><li id="comment-7" class="comment depth-1"><article id="div-comment-7" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">K.M.</b> <span class="says">sagt:</span></div>
        <div class="comment-metadata"><a href="#comment-7"><time datetime="2016-03-16T18:40:12+00:00">16.03.2016 um 18:40&nbsp;Uhr</time></a></div></footer>
        <div class="comment-content"><p>Endlich! Bisher musste man am Bahnhof umsteigen und eine halbe Stunde warten.</p></div>
        </article></li></ol>
        <p class="no-comments">Die Kommentarfunktion für diesen Artikel ist deaktiviert.</p></div>
        </body></html>
        """;

    [Fact]
    public void A_closed_thread_gives_the_initials_commenter_and_the_comment_alone()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story), "story.html");

        var comment = Assert.Single(page.Comments);
        Assert.Equal("K.M.", comment.Author);
        Assert.Equal(["Endlich! Bisher musste man am Bahnhof umsteigen und eine halbe Stunde warten."], comment.Paragraphs);
    }
}
