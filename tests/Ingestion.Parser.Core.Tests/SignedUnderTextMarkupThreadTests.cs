using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A classic WordPress theme's thread signed under each comment's text ("Comment by Name — 23.08, 2012 @ 14:07"), read
/// through the HTML path: the dotted date (<see cref="DottedDayMonthCommaYear"/>), the comment feed link under the list
/// (<see cref="CommentFeedLinkRow"/>), "@ Name" and "@Name" lines inside a comment (<see cref="MarkupLines"/>,
/// <see cref="AddressLineInComment"/>) and a lead-in over a quoted link (<see cref="ColonLeadInUnderHeader"/>).
/// </summary>
public class SignedUnderTextMarkupThreadTests
{
    private static ParsedPage Parse() => PageParser.Parse(Encoding.UTF8.GetBytes("""
        <html><head><title>Brückenlaw &raquo; Darf die Stadt Anwohnerparken verlosen?</title></head><body>
        <div id="content"><h2 class="date-header">12.3.13</h2><div class="post" id="post-301">
        <h3 class="storytitle"><a href="/2013/03/anwohnerparken.html">Darf die Stadt Anwohnerparken verlosen?</a></h3>
        <div class="storycontent"><p>Die Stadt will die knappen Parkausweise für das Hafenviertel künftig verlosen, statt sie nach der Reihenfolge der Anträge zu vergeben.</p>
        <p>Ob eine Verlosung mit dem Gleichheitssatz vereinbar ist, hängt davon ab, ob es einen sachlichen Grund für das Verfahren gibt.</p></div>
        <div class="meta">posted by Lindner at 09:15</div>
        <div class="feedback"><a href="/2013/03/anwohnerparken.html#comments">Comments (4)</a></div></div>
        <h2 id="comments">4 Comments <a href="#postcomment" title="Leave a comment">&raquo;</a></h2>
        <ol id="commentlist">
        <li id="comment-11"><p>Eine Verlosung ist immerhin gerechter als das Windhundprinzip, bei dem immer dieselben zuerst kommen.</p>
        <p><cite>Comment by <a href="http://example.org">Hanna Vogt</a> &#8212; 12.03, 2013 @ <a href="#comment-11">10:02</a></cite></p></li>
        <li id="comment-12"><p>Laut Satzung:</p><p><a href="http://example.org/satzung.pdf">http://example.org/satzung.pdf</a></p>
        <p>Dort steht nichts von einer Verlosung, nur von einer Vergabe nach Bedarf und Dringlichkeit im Einzelfall.</p>
        <p><cite>Comment by Ole &#8212; 12.03, 2013 @ <a href="#comment-12">10:40</a></cite></p></li>
        <li id="comment-13"><p>@ Hanna<br />Gerechter vielleicht, aber wer jeden Tag zur Arbeit pendeln muss, hat dann einfach Pech gehabt.</p>
        <p>Mit der Bedarfsprüfung wäre allen mehr geholfen als mit dem Losglück.</p>
        <p>@Ole<br />Die Satzung wird gerade geändert, der Entwurf liegt im Rathaus aus und kann eingesehen werden.</p>
        <p><cite>Comment by <a href="http://example.org">Jens Krüger</a> &#8212; 12.03, 2013 @ <a href="#comment-13">11:15</a></cite></p></li>
        <li id="comment-14"><p>Danke für die Hinweise, das schaue ich mir in Ruhe an.</p>
        <p><cite>Comment by <a href="http://example.org">Lindner</a> &#8212; 13.03, 2013 @ <a href="#comment-14">08:30</a></cite></p></li>
        </ol>
        <p><a href="/2013/03/anwohnerparken.html/feed"><abbr title="Really Simple Syndication">RSS</abbr> feed for comments on this post.</a></p>
        <h2 id="postcomment">Leave a comment</h2>
        <form action="/wp-comments-post.php" method="post" id="commentform"><p><input type="text" name="author" id="author" /><label for="author"><small>Name </small></label></p>
        <p><textarea name="comment" id="comment"></textarea></p></form>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void Each_comment_takes_the_signature_under_its_text()
    {
        var comments = Parse().Comments;

        Assert.Equal(["Hanna Vogt", "Ole", "Jens Krüger", "Lindner"], comments.Select(comment => comment.Author));
        Assert.Equal(["2013-03-12T10:02:00", "2013-03-12T10:40:00", "2013-03-12T11:15:00", "2013-03-13T08:30:00"], comments.Select(comment => comment.PostedAt));
        Assert.All(comments, comment => Assert.Null(comment.Parent));
    }

    [Fact]
    public void The_feed_link_under_the_list_is_no_text_of_the_last_comment()
    {
        var last = Parse().Comments[^1];

        Assert.Equal(["Danke für die Hinweise, das schaue ich mir in Ruhe an."], last.Paragraphs);
    }

    [Fact]
    public void Lines_turning_to_another_reader_stay_in_the_comment()
    {
        var paragraphs = Parse().Comments[2].Paragraphs;

        Assert.Equal(5, paragraphs.Count);
        Assert.Equal("@ Hanna", paragraphs[0]);
        Assert.Equal("@Ole", paragraphs[3]);
    }

    [Fact]
    public void A_lead_in_over_a_quoted_link_opens_the_comment()
    {
        var paragraphs = Parse().Comments[1].Paragraphs;

        Assert.Equal("Laut Satzung:", paragraphs[0]);
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void A_text_browser_s_glyph_is_still_read_outside_markup()
    {
        Assert.True(TextBrowserListGlyph.Opens("@ Hanna Vogt"));
        using (MarkupLines.Enter())
        {
            Assert.False(TextBrowserListGlyph.Opens("@ Hanna Vogt"));
        }

        Assert.True(TextBrowserListGlyph.Opens("@ Hanna Vogt"));
    }
}
