using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuItemReadAsTitleTests
{
    private const string ClubPage = """
        <html><head><title>Tennisclub Grünwiese 1978 e. V.</title><meta name="author" content="Jörg Habicht"></head>
        <body><table width="800"><tr><td colspan="2"><img src="images/banner.gif"></td></tr>
        <tr><td valign="top"><ul id="navlist">
        <li><a href="index.html">Home</a></li>
        <li><a href="vereinsheim.html">Vereinsheim</a></li>
        <li><a href="verein.html">unser Verein</a></li>
        <li><a href="termine.html">Termine</a></li>
        <li><a href="kontakt.html">Kontakt/Impressum</a></li>
        </ul></td>
        <td><img src="images/plaetze.jpg" alt=""><br><br><p align="left">Im Frühjahr 1978 trafen sich zwölf Nachbarn im Gasthof Linde und gründeten den Tennisclub, die ersten Plätze legten sie selbst an.<br>
        Nach drei Jahren kam das Vereinsheim dazu, gebaut an vielen Wochenenden von den Mitgliedern und ihren Familien.<br>
        Heute spielen über zweihundert Mitglieder auf sechs Plätzen, und das Vereinsheim ist noch immer der Treffpunkt nach jedem Spiel.</p></td></tr>
        <tr><td colspan="2"><a href="index.html"><h6>zurück zur Startseite</h6></a></td></tr></table></body></html>
        """;

    [Fact]
    public void A_pages_only_name_in_its_document_title_is_the_title_over_its_menus_item()
    {
        var parsed = HtmlPageSplitter.Split(ClubPage);
        Assert.Equal("Tennisclub Grünwiese 1978 e. V.", parsed.Title);
        Assert.Equal(3, parsed.BodyParagraphs.Count);
    }

    [Fact]
    public void A_shown_line_that_is_no_menu_item_stays_the_title()
    {
        const string page = """
            <html><head><title>Tennisclub Grünwiese 1978 e. V.</title></head>
            <body><ul><li><a href="index.html">Home</a></li><li><a href="verein.html">Vereinsheim</a></li><li><a href="termine.html">Termine</a></li></ul>
            <div><b>Frühjahrsputz auf der Anlage</b></div>
            <div>Am Samstag treffen sich alle Mitglieder um neun Uhr, um die Plätze für die neue Saison herzurichten und das Vereinsheim zu putzen.</div>
            <div>Für Kaffee und Kuchen ist gesorgt, Werkzeug bringt bitte jeder selbst mit, soweit vorhanden.</div>
            </body></html>
            """;
        Assert.Equal("Frühjahrsputz auf der Anlage", HtmlPageSplitter.Split(page).Title);
    }
}
