using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentNamedFormSectionTests
{
    private const string Story =
        "<p>Wer ein Beet mit anderen teilt, sollte vorher einiges klären, sonst wird aus dem Gemüse schnell ein Streitfall am Gartenzaun, und das will niemand.</p>"
        + "<p>Eine kurze Liste am Schuppen hilft mehr als jede lange Absprache am Telefon, weil sie jeder sehen und ergänzen kann.</p>";

    private const string Rules =
        "<p>Fragen? Ideen? Hier ist Platz dafür. Damit keine Werbung und nichts Beleidigendes erscheint, lese ich jeden Beitrag, bevor er freigeschaltet wird. "
        + "Die E-Mail-Adresse dient nur für Rückfragen und die Nachricht bei neuen Antworten; sie wird nicht gezeigt und an niemanden weitergegeben, "
        + "auch nicht an Partner, Werbekunden oder andere Dienste, und nach einem Jahr ohne neue Beiträge gelöscht, wie es die Datenschutzerklärung beschreibt.</p>";

    private const string Form = "<form action=\"#c\" method=\"post\"><ul><li><label>Name</label><input name=\"n\"></li><li><label>Kommentar</label><textarea name=\"t\"></textarea></li></ul></form>";

    [Fact]
    public void A_comment_named_section_with_its_heading_rules_and_form_goes()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article id=\"story\">" + Story
            + "<section class=\"leaveComment\" id=\"box\"><h2>Deine Meinung</h2>" + Rules + Form + "</section></article></body></html>");

        CommentFormBox.Remove(document, [document.GetElementById("story")]);

        Assert.Null(document.GetElementById("box"));
        Assert.Contains("Schuppen", document.GetElementById("story")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_of_another_name_or_holding_a_thread_keeps_its_text()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article id=\"story\">" + Story
            + "<section class=\"extras\" id=\"plain\"><h2>Deine Meinung</h2>" + Rules + Form + "</section>"
            + "<section class=\"comments\" id=\"thread\"><h2>Kommentare (1)</h2>" + Rules + "<ol><li><p>Gute Idee mit der Liste.</p></li></ol>" + Form + "</section></article></body></html>");

        CommentFormBox.Remove(document, [document.GetElementById("story")]);

        Assert.Contains("Fragen? Ideen?", document.GetElementById("plain")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Gute Idee", document.GetElementById("thread")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("textarea"));
    }
}
