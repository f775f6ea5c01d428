using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubtitleSpanInHeadingTests
{
    private const string Title = "Gartenpläne ohne Ärger - Wie man Beete mit den Nachbarn teilt | Krautwerk - Garten . Kurse . Beratung";

    private const string Page = """
        <html><head><title>TITLE</title></head><body>
        <header><h1><object data="/logo.svg"><img src="/logo.png" alt="Krautwerk"></object><span>Garten . Kurse . Beratung</span></h1></header>
        <article id="content"><header><h2>HEADING</h2>
        <p>Wer ein Beet mit anderen teilt, sollte vorher einiges klären, sonst wird aus dem Gemüse schnell ein Streitfall am Gartenzaun.</p></header>
        <h3>Vorher reden</h3>
        <p>Bevor der erste Spaten in die Erde geht, sollten alle Beteiligten wissen, wer was pflanzt, wer gießt und wem die Ernte am Ende gehört.</p>
        <p>Eine kurze Liste am Schuppen hilft mehr als jede lange Absprache am Telefon, weil sie jeder sehen und ergänzen kann.</p>
        </article></body></html>
        """;

    [Fact]
    public void The_headings_words_before_its_subtitle_span_are_the_headline()
    {
        var html = Page.Replace("TITLE", Title).Replace("HEADING", "Gartenpläne ohne Ärger <span>Wie man Beete mit den Nachbarn teilt</span>");

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "garten.html");

        Assert.Equal("Gartenpläne ohne Ärger", page.Title);
    }

    [Fact]
    public void A_span_the_document_title_does_not_join_to_the_heading_gives_nothing()
    {
        using var document = new HtmlParser().ParseDocument(Page.Replace("TITLE", Title).Replace("HEADING", "Gartenpläne ohne Ärger <span>Neu im Frühjahr</span>"));

        Assert.Null(SubtitleSpanInHeading.Headline(document, DocumentTitleParts.Of(Title)));
    }

    [Fact]
    public void A_kicker_span_before_the_headline_is_no_subtitle()
    {
        using var document = new HtmlParser().ParseDocument(Page.Replace("TITLE", Title).Replace("HEADING", "<span>Wie man Beete mit den Nachbarn teilt</span> Gartenpläne ohne Ärger"));

        Assert.Null(SubtitleSpanInHeading.Headline(document, DocumentTitleParts.Of(Title)));
    }
}
