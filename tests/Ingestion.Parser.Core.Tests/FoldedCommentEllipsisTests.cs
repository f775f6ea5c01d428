using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FoldedCommentEllipsisTests
{
    private static ParsedPage Parse(string foldedBody) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Neue Buslinie verbindet die Dörfer im Tal | Kreisblatt</title></head><body>
        <article class="node node-article"><h1>Neue Buslinie verbindet die Dörfer im Tal</h1>
        <p class="authors">Von: <a href="/autor/jana-wiese">Jana Wiese</a></p>
        <div class="field-name-body"><p>Ab Montag fährt eine neue Buslinie stündlich durch die sieben Dörfer im Tal und hält am Bahnhof der Kreisstadt, wo sie Anschluss an die Regionalzüge hat.</p>
        <p>Der Landkreis trägt die Kosten für zwei Jahre. Danach soll eine Zählung zeigen, ob genug Fahrgäste einsteigen, damit die Linie bleibt.</p></div>
        <section id="comments" class="comment-wrapper"><h2 class="title">Kommentare</h2>
        <article class="comment"><header><p class="submitted"><span class="username">Ulrike Brandt</span> am <time datetime="2021-05-04T09:12:00+02:00">4. Mai 2021 - 09:12</time></p></header>
        <div class="field-name-comment-body">{foldedBody}</div></article>
        <article class="comment"><header><p class="submitted"><span class="username">Tobias Kern</span> am <time datetime="2021-05-04T11:40:00+02:00">4. Mai 2021 - 11:40</time></p></header>
        <div class="field-name-comment-body"><p>Endlich komme ich ohne Auto zur Arbeit.</p></div></article>
        </section></article>
        </body></html>
        """), "buslinie.html");

    [Fact]
    public void A_comment_folded_behind_an_ellipsis_and_a_toggle_keeps_its_whole_text()
    {
        var page = Parse("""
            <div class="expander"><div class="expander-summary"><p>Eine gute Nachricht für alle ohne Führerschein.</p></div><span class="expander-ellipsis">…</span><div class="expander-content">
            <p>Meine Eltern können jetzt selbst zum Arzt in die Stadt fahren.</p>
            <p>Hoffentlich fährt der Bus auch am Wochenende.</p>
            </div><div class="expander-trigger"><a href="javascript:void(0)" class="button">Aufklappen</a></div></div>
            """);

        Assert.Equal(
            ["Eine gute Nachricht für alle ohne Führerschein.", "Meine Eltern können jetzt selbst zum Arzt in die Stadt fahren.", "Hoffentlich fährt der Bus auch am Wochenende."],
            page.Comments[0].Paragraphs);
        Assert.Equal(["Endlich komme ich ohne Auto zur Arbeit."], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void An_ellipsis_before_a_link_and_a_link_to_a_real_page_stay()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div id=\"comments\"><div class=\"pages\"><a href=\"/p/1\">1</a><span>…</span><a href=\"/p/12\">12</a></div>"
            + "<div><p>Text</p></div><span>...</span><div><p>Mehr Text</p></div><div><a href=\"/buslinie-fahrplan\">Fahrplan</a></div></div>");
        var container = document.GetElementById("comments")!;

        FoldedCommentEllipsis.Remove(container);

        Assert.Contains("1…12", container.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fahrplan", container.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("...", container.TextContent, StringComparison.Ordinal);
    }
}
