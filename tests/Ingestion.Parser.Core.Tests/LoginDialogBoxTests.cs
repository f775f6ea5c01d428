using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoginDialogBoxTests
{
    // A paywalled story whose text is gated away as furniture: the sign-out dialog kept in the page is all that is left.
    private const string Page = """
        <html><head><title>Warum Birnen jetzt teurer sind - Elbstadt Kurier</title></head><body>
        <div class="remodal" data-remodal-id="logoutmodal"><div class="abo-login abo-login--overlay">
        <div class="abo-login__form abo-logout__form"><label class="abo-login__form__label">Abmeldung</label>
        <p class="abmeldung__ok"><label>Sie haben sich erfolgreich abgemeldet!</label><br>
        Wenn Sie die kostenpflichtigen Texte wieder lesen wollen, können Sie sich jederzeit mit Ihrem Namen und Kennwort erneut anmelden.</p>
        <p class="abo-logout__text">Sind Sie sich sicher, dass Sie sich abmelden möchten?</p>
        <div class="buttons"><button>Angemeldet bleiben</button><button>Jetzt abmelden!</button></div></div></div></div>
        <main><h1>Warum Birnen jetzt teurer sind</h1>
        <div id="paywall-container"><p>Xbsvn Cjsofo kfu{u ufvsfs tjoe/</p><p>Ejf Gsbdiu jtu ufvsfs hfxpsefo/</p></div>
        </main></body></html>
        """;

    [Fact]
    public void A_sign_out_dialogs_lines_are_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "birnen.html");
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("abmelden", StringComparison.Ordinal) || paragraph.Contains("anmelden", StringComparison.Ordinal));
    }

    [Fact]
    public void The_story_beside_a_sign_in_box_keeps_its_text()
    {
        var html = Page.Replace("""<div id="paywall-container">""", "<div class=\"story\">")
            .Replace("<p>Xbsvn Cjsofo kfu{u ufvsfs tjoe/</p><p>Ejf Gsbdiu jtu ufvsfs hfxpsefo/</p>",
                "<p>Birnen aus Übersee kosten im Großhandel seit dem Frühjahr deutlich mehr als in den Jahren zuvor, sagen die Händler am Markt.</p><p>Die Fracht per Flugzeug ist teurer geworden, und viele Flüge mit Passagieren, die sonst Ware mitnahmen, fallen weiterhin aus.</p>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "birnen.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Birnen aus Übersee", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
