using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentFormTitleBoxTests
{
    private static string Comment(int id, string name, string date, string text) => $"""
        <a id="comment-{id}"></a>
        <div class="comment"><div class="comment-right"><div class="content">
        <div class="submitted"><a href="/benutzer/{name}" class="username">{name}</a> <span class="gap">vom {date}.</span></div>
        {text}
        </div></div></div>
        """;

    private static ParsedPage Parse(string titleBox) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Die Fähre fährt auch im Winter | Hafenblatt</title>
        <meta property="og:site_name" content="Hafenblatt"></head><body>
        <div class="node"><h1>Die Fähre fährt auch im Winter</h1>
        <div class="text">
        <p>Die Hafenverwaltung hat am Montag bestätigt, dass die letzte Fähre um zweiundzwanzig Uhr den ganzen Winter über fahren wird, obwohl weniger Fahrgäste kommen.</p>
        <p>Die Anwohner des Nordufers, die oft bis spät in den Konservenfabriken am Kai arbeiten, hatten in drei Wochen fast zweitausend Unterschriften gesammelt.</p>
        <p>Der Hafenrat will den Fahrplan im Frühjahr erneut prüfen, wenn die Zahlen der Saison vorliegen und der neue Anleger fertig ist.</p>
        </div></div>
        <div class="panel-pane pane-node-comments">
        <div class="pane-title"><a name="comments">Bisherige Kommentare</a></div>
        <div class="pane-content">
        {Comment(501, "Kaiwind", "14.10.2023", "Endlich eine gute Nachricht für alle, die spät aus der Fabrik kommen.")}
        {Comment(502, "Uferfrau", "15.10.2023", "Ein früheres Boot am Samstag für den Markt wäre auch schön.")}
        </div></div>
        <div class="panel-pane pane-node-comment-form">
        {titleBox}
        <div class="pane-content"><form class="comment-form" action="/faehre-winter#comment-form" method="post" id="comment-form"><div>
        <div class="form-wrapper" id="edit-comment-body"><textarea name="comment_body"></textarea></div>
        <input type="submit" value="Senden" /></div></form></div>
        </div>
        </body></html>
        """), "faehre.html");

    [Fact]
    public void The_title_box_over_the_comment_form_is_not_taken_for_the_thread_above_it()
    {
        var page = Parse("""<div class="pane-title" id="add-comment">Schreiben Sie einen Kommentar</div>""");

        Assert.Equal(["Kaiwind", "Uferfrau"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2023-10-15", page.Comments[1].PostedAt);
    }

    [Fact]
    public void A_comment_named_box_with_markup_inside_is_no_form_title()
    {
        Assert.False(CommentFormTitleBox.Is(Element("""<div id="comment-list"><p>Schreiben Sie einen Kommentar</p></div><div><form id="comment-form"></form></div>""")));
    }

    [Fact]
    public void A_short_comment_named_box_over_a_form_that_names_no_comment_is_no_form_title()
    {
        Assert.False(CommentFormTitleBox.Is(Element("""<div id="comment-note">Newsletter bestellen</div><div><form id="newsletter" action="/abo"></form></div>""")));
    }

    [Fact]
    public void A_short_box_right_over_a_comment_form_is_its_title()
    {
        Assert.True(CommentFormTitleBox.Is(Element("""<div id="add-comment">Add new comment</div><form id="comment-form" action="/comment/reply/7"></form>""")));
    }

    private static AngleSharp.Dom.IElement Element(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        return document.Body!.FirstElementChild!;
    }
}
