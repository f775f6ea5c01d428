using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentPermalinkLabelTests
{
    private static ParsedPage Parse(string link) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Stadtrat vertagt die Entscheidung über das Hallenbad | Kreisblatt</title></head><body>
        <article class="node node-article"><h1>Stadtrat vertagt die Entscheidung über das Hallenbad</h1>
        <p class="authors">Von: <a href="/autor/jana-wiese">Jana Wiese</a></p>
        <div class="field-name-body"><p>Der Stadtrat hat die Abstimmung über die Sanierung des Hallenbads auf den Herbst verschoben, weil zwei Gutachten einander widersprechen und die Kosten noch offen sind.</p>
        <p>Die Schwimmvereine hatten auf eine Zusage vor den Ferien gehofft. Nun müssen sie ihre Kurse für ein weiteres halbes Jahr in der Nachbargemeinde abhalten.</p></div>
        <section id="comments" class="comment-wrapper"><h2 class="title">Kommentare</h2>
        <article class="comment"><header><p class="submitted"><span><span class="username">Ulrike Brandt</span> am <time datetime="2021-05-04T09:12:00+02:00">4. Mai 2021 - 09:12</time></span> {link}</p></header>
        <div class="field-name-comment-body"><p>Ein halbes Jahr mehr Fahrerei für die Kinder, das ist bitter.</p></div></article>
        <article class="comment"><header><p class="submitted"><span><span class="username">Tobias Kern</span> am <time datetime="2021-05-04T11:40:00+02:00">4. Mai 2021 - 11:40</time></span> {link}</p></header>
        <div class="field-name-comment-body"><p>Lieber gründlich prüfen als zweimal bauen.</p></div></article>
        </section></article>
        </body></html>
        """), "hallenbad.html");

    [Fact]
    public void A_permalink_labelled_in_words_after_the_name_and_time_is_no_part_of_the_header()
    {
        var page = Parse("<a href=\"/comment/501#comment-501\" class=\"permalink\" rel=\"bookmark\">Permanenter Link</a>");

        Assert.Equal(["Ulrike Brandt", "Tobias Kern"], page.Comments.Select(comment => comment.Author));
        Assert.StartsWith("2021-05-04T09:12", page.Comments[0].PostedAt, StringComparison.Ordinal);
        Assert.Equal(["Lieber gründlich prüfen als zweimal bauen."], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void A_permalink_that_wraps_the_time_is_left_alone()
    {
        var link = CommentPermalinkLabelRemoving("<p><a class=\"permalink\" rel=\"bookmark\" href=\"#c1\">4. Mai 2021 - 09:12</a></p>");

        Assert.Equal("4. Mai 2021 - 09:12", link);
    }

    [Fact]
    public void A_permalink_that_is_a_comments_subject_heading_is_left_to_the_heading_rule()
    {
        var link = CommentPermalinkLabelRemoving("<h3><a class=\"permalink\" rel=\"bookmark\" href=\"#c1\">Gute Nachricht</a></h3>");

        Assert.Equal("Gute Nachricht", link);
    }

    [Fact]
    public void A_reply_headers_link_to_the_comment_answered_goes_too()
    {
        var text = CommentPermalinkLabelRemoving("<p><a rel=\"in-reply-to\" class=\"permalink in-reply-to\" href=\"#forum7\">^</a> Tobias Kern</p>");

        Assert.Equal("Tobias Kern", text);
    }

    private static string CommentPermalinkLabelRemoving(string markup)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<div id=\"comments\">{markup}</div>");
        var container = document.GetElementById("comments")!;
        CommentPermalinkLabel.Remove(container);
        return container.TextContent.Trim();
    }
}
