using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlideCardInStoryLinkTests
{
    private static ParsedPage Parse(string rail) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Die Kartenapp zeigt jetzt Radwege | Netzblatt</title>
        <meta property="og:site_name" content="Netzblatt"></head><body>
        <div class="row"><div class="left"><article class="article-detailed"><h1>Die Kartenapp zeigt jetzt Radwege</h1>
        <div class="article-content">
        <p>Die Kartenapp zeigt in ihrer neuen Version erstmals Radwege an, getrennt nach Belag, Steigung und Verkehr, und schlägt ruhige Strecken vor.</p>
        <p>Wer mit dem Rad pendelt, kann eine Route speichern und bekommt morgens eine Nachricht, wenn eine Baustelle den Weg versperrt.</p>
        </div></article></div>
        <div class="right"><aside class="rail">{rail}</aside></div></div>
        </body></html>
        """), "radwege.html");

    [Fact]
    public void A_slide_description_inside_one_link_with_its_thumbnail_to_another_page_is_no_caption()
    {
        var page = Parse("""
            <div class="rubric-subtitle">Aktuelle Ratgeber</div>
            <div class="slider"><div class="article-slide--item"><a href="https://ratgeber.netzblatt.example/radkarte">
            <img src="/cover-radkarte.jpg" alt="Die große Radkarte"><span class="article-slide--item-desc">RATGEBER: <br>Die große Radkarte</span></a></div>
            <div class="article-slide--item"><a href="https://ratgeber.netzblatt.example/pendeln">
            <img src="/cover-pendeln.jpg" alt="Besser pendeln"><span class="article-slide--item-desc">RATGEBER: <br>Besser pendeln</span></a></div></div>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_slideshow_description_under_its_picture_outside_any_link_stays_a_caption()
    {
        Assert.False(SlideCardInStoryLink.Is(Element("""<div class="slideshow"><img src="/ufer.jpg"><div class="slideshow-description">Radler am Ufer der Elbe (Foto: Name Beispiel)</div></div>""")));
    }

    [Fact]
    public void A_slide_description_in_a_link_to_the_pictures_own_file_is_no_card()
    {
        Assert.False(SlideCardInStoryLink.Is(Element("""<a href="/bilder/ufer-gross.jpg"><img src="/ufer.jpg"><span class="slide-desc">Radler am Ufer der Elbe</span></a>""")));
    }

    private static AngleSharp.Dom.IElement Element(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        return document.QuerySelector("[class*='desc']")!;
    }
}
