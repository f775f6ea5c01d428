using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A flat list of comments whose BEM classes say each one's level ("comment comment--level-1") nests by them, and a
/// German moderator's "Entfernt. Bitte …" placeholder is no comment.
/// </summary>
public class CommentLevelClassTests
{
    private const string Story =
        "<html><head><title>Stromtrasse</title></head><body><h1>Das Dorf gegen die Leitung</h1><div class=\"article-body\">"
        + "<p>Quer durch Nordhessen soll eine neue Höchstspannungsleitung laufen, und in den Dörfern wächst der Widerstand gegen die Trasse.</p>"
        + "<p>Die Initiative hat ein eigenes Gutachten in Auftrag gegeben, das im Oktober vorliegen und im Verfahren eingereicht werden soll.</p></div>"
        + "<section class=\"comments\" id=\"comments\"><h2>Leserkommentare</h2>";

    private static string Comment(int level, string name, string time, string text) =>
        $"<article class=\"comment comment--level-{level}\"><div class=\"comment__head\"><a class=\"comment__name\" href=\"/user/{name}\">{name}</a> "
        + $"<a class=\"comment__date\" href=\"#c\">{time}</a></div><div class=\"comment__body\"><p>{text}</p></div>"
        + "<div class=\"comment__actions\"><a href=\"#r\">Antworten</a> <a href=\"#m\">Melden</a></div></article>";

    private static ParsedPage Parse(params string[] comments) =>
        PageParser.Parse(Encoding.UTF8.GetBytes(Story + string.Concat(comments) + "</section></body></html>"), "page.html");

    [Fact]
    public void Level_classes_nest_replies_under_the_comment_above()
    {
        var page = Parse(
            Comment(0, "Feldhamster", "27.09.2013 um 15:02 Uhr", "Endlich mal ein Artikel, der nicht so tut, als wären alle Leitungsgegner Wutbürger."),
            Comment(1, "Netzwerker_K", "27.09.2013 um 15:11 Uhr", "Die Autobahnvariante ist vierzehn Kilometer länger und damit deutlich teurer."),
            Comment(2, "quadratwurzel", "27.09.2013 um 15:24 Uhr", "Und wer bezahlt den Wertverlust der Häuser im Tal?"),
            Comment(0, "olafhenning", "27.09.2013 um 15:48 Uhr", "Der Föhn-Vergleich ist physikalisch nicht einmal falsch."));

        Assert.Equal([null, 1, 2, null], page.Comments.Select(comment => comment.Parent));
    }

    [Fact]
    public void A_moderators_removal_note_is_no_comment_and_its_reply_stays_top_level()
    {
        var page = Parse(
            Comment(0, "Feldhamster", "27.09.2013 um 15:02 Uhr", "Endlich mal ein Artikel, der nicht so tut, als wären alle Leitungsgegner Wutbürger."),
            "<article class=\"comment comment--level-0\"><div class=\"comment__body\"><p>Entfernt. Bitte verzichten Sie auf persönliche Angriffe. Danke, die Redaktion/fk</p></div></article>",
            Comment(1, "Tannenhäher", "27.09.2013 um 16:20 Uhr", "Wer ist denn hier gemeint? Im Artikel ist von Landwirten die Rede."));

        Assert.Equal(["Feldhamster", "Tannenhäher"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, null], page.Comments.Select(comment => comment.Parent));
    }
}
