using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnrenderedTemplateTextTests
{
    [Fact]
    public void A_page_saved_before_its_script_rendered_it_shows_no_title_and_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html ng-app="news"><head><meta property="og:site_name" content="kuestenbote.example"><title ng-bind-template="{{page.title}}"></title></head>
            <body ng-controller="PageController as page"><div id="container">
            <div ng-show="page.editor"><div class="status">{{page.content.status === "published" ? "Veröffentlicht" : "Entwurf"}}</div>
            <div class="editor">{{page.content.lastUpdateUser.fullName}} - {{page.content.lastUpdateTime | date : 'dd/MM/yyyy'}}</div>
            <a href="" ng-click="page.edit()">Erweiterten Modus öffnen</a></div>
            <div ng-if="page.editMode"><h2>Seite wird bearbeitet</h2></div>
            <div id="content"><div ng-view></div></div></div></body></html>
            """), "page.html");

        Assert.Null(page.Title);
        Assert.Empty(page.BodyParagraphs);
        Assert.Equal("kuestenbote.example", page.Site);
    }

    [Fact]
    public void An_article_quoting_a_placeholder_once_keeps_its_words()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Vorlagen für Anfänger - Technikblatt</title></head><body><article><h1>Vorlagen für Anfänger</h1>
            <p>Wer eine Vorlage schreibt, setzt für jeden Wert einen Platzhalter wie {{ name }} ein, den das Programm später füllt.</p>
            <p>Bedingte Blöcke erscheinen nur, wenn ihre Bedingung gilt, und das Programm entscheidet das beim Ausgeben der Seite.</p>
            <p><code>{{ user.name }}</code> und <code>{{ user.mail }}</code> sind die beiden Werte, die jede Seite braucht.</p>
            <p>Am Ende prüft man die fertige Seite im Browser und sucht nach Platzhaltern, die nicht ersetzt wurden.</p>
            </article></body></html>
            """), "page.html");

        Assert.Equal("Vorlagen für Anfänger", page.Title);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("wie {{ name }} ein", StringComparison.Ordinal));
    }
}
