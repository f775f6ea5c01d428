using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ToggledHeadedBoxTests
{
    private const string FactsBox = """
        <a-collapse class="collapse-box"><header class="collapse-box__header"><h2>Nordsee und Ostsee im Vergleich</h2></header>
        <div class="collapse-box__target"><ul><li>Fläche<br>Nordsee: 575.000 km²<br>Ostsee: 413.000 km²</li><li>Tiefste Stelle<br>Nordsee: 725 m<br>Ostsee: 459 m</li></ul></div>
        <div class="collapse-box__trigger"><span>mehr anzeigen</span></div></a-collapse>
        """;

    private const string SeriesBox = """
        <a-collapse class="collapse-box"><header><h2>Meer in Zahlen</h2></header>
        <div><figure><img src="serie.png" alt=""></figure><p>In dieser Reihe stellen wir jeden Freitag erstaunliche Zahlen rund um die Meere vor.</p>
        <ul><li><a href="/thema/meer-in-zahlen">Alle Folgen der Reihe</a></li></ul></div>
        <div class="collapse-box__trigger"><span>mehr anzeigen</span></div></a-collapse>
        """;

    private static string Text(string box) => $$"""
        <div id="text"><p>Die Ostsee ist ein junges Meer: Erst nach der letzten Eiszeit füllte sich das Becken mit Wasser aus dem Atlantik.</p>
        {{box}}
        <p>Ihr Salzgehalt ist deshalb viel geringer als der der Nordsee, an manchen Stellen kaum höher als der eines Sees.</p></div>
        """;

    [Theory]
    [InlineData(FactsBox)]
    [InlineData(SeriesBox)]
    public void A_short_box_under_its_own_heading_folded_behind_its_toggle_leaves_the_text(string box)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text(box) + "</body></html>");

        ToggledHeadedBox.Remove(document.Body!);

        Assert.Null(document.QuerySelector("a-collapse"));
        Assert.Equal(2, document.QuerySelectorAll("#text > p").Length);
    }

    [Theory]
    // A story folded behind the toggle is longer than any box.
    [InlineData("<div class=\"story\"><header><h2>Die Ostsee</h2></header><p>" + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees. " + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees. " + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees. " + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees. " + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees. " + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees. " + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees. " + "Die Ostsee ist ein junges Meer und füllte sich erst nach der letzten Eiszeit. " + "Ihr Salzgehalt ist gering, an manchen Stellen kaum höher als der eines Sees.</p><div><span>mehr anzeigen</span></div></div>")]
    // No heading of its own: a paragraph's own "mehr anzeigen" link row is no box.
    [InlineData("<div class=\"box\"><p>Die Ostsee füllte sich erst nach der letzten Eiszeit.</p><div><span>mehr anzeigen</span></div></div>")]
    // The toggle is not the box's last line.
    [InlineData("<div class=\"box\"><h2>Die Ostsee</h2><div><span>mehr anzeigen</span></div><p>Die Ostsee füllte sich erst nach der letzten Eiszeit.</p></div>")]
    public void A_long_block_or_one_without_heading_or_closing_toggle_stays(string box)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text(box) + "</body></html>");

        ToggledHeadedBox.Remove(document.Body!);

        Assert.NotNull(document.QuerySelector("#text > div"));
    }

    [Fact]
    public void The_page_keeps_the_story_without_the_box_and_its_toggle()
    {
        var html = $$"""
            <html lang="de"><head><title>Warum die Ostsee so wenig Salz hat</title><meta property="og:title" content="Warum die Ostsee so wenig Salz hat"></head>
            <body><article><h1>Warum die Ostsee so wenig Salz hat</h1><div class="article-content">
            <p>Die Ostsee ist ein junges Meer: Erst nach der letzten Eiszeit füllte sich das Becken mit Wasser aus dem Atlantik.</p>
            {{FactsBox}}
            <p>Ihr Salzgehalt ist deshalb viel geringer als der der Nordsee, an manchen Stellen kaum höher als der eines Sees.</p>
            <p>Nur bei schweren Stürmen drückt der Wind salziges Nordseewasser durch die engen Belte nach Osten.</p></div></article></body></html>
            """;

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "story.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("mehr anzeigen", StringComparison.Ordinal) || paragraph.Contains("Nordsee: 575.000", StringComparison.Ordinal));
    }
}
