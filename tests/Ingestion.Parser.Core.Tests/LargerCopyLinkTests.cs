using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LargerCopyLinkTests
{
    private static ParsedPage Parse(string href, string rel) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Neue Bänke am Seeufer</title></head><body>
        <div class="artikel"><div class="galerie">
        <div class="bild"><a href="{{href}}" rel="{{rel}}"><img src="/media/881/300.jpg" alt="Zwölf Bänke aus Lärchenholz am Ufer" width="300"></a><div class="name">Zwölf Bänke aus Lärchenholz am Ufer</div></div>
        </div>
        <h1>Neue Bänke am Seeufer</h1>
        <div class="text">
        <p>Am Seeufer stehen seit dieser Woche zwölf neue Bänke aus Lärchenholz, gebaut von der Schreinerei im Nachbardorf.</p>
        <p>Die alten Bänke werden im Herbst abgebaut und im Bauhof zu Brennholz für den Wintermarkt verarbeitet.</p>
        </div></div></body></html>
        """), "baenke.html");

    [Fact]
    public void A_lightbox_link_to_the_larger_copy_keeps_the_caption_under_the_picture()
    {
        var page = Parse("/bilder/881.html", "https://cdn.example.org/media/881/1200.jpg");
        Assert.Equal(["Zwölf Bänke aus Lärchenholz am Ufer"], page.Captions);
        Assert.DoesNotContain("Zwölf Bänke aus Lärchenholz am Ufer", page.BodyParagraphs);
    }

    [Fact]
    public void A_picture_linking_to_another_page_gives_no_caption_from_its_alt_text()
    {
        var page = Parse("/bilder/881.html", "nofollow");
        Assert.Empty(page.Captions);
    }

    [Theory]
    [InlineData("/media/881/1200.JPG?v=2", null, true)]
    [InlineData("/bilder/881.html", "https://cdn.example.org/881/1200.webp", true)]
    [InlineData("/news/2017/baenke.html", null, false)]
    [InlineData("/", "home", false)]
    public void Only_a_picture_file_is_a_larger_copy(string href, string? rel, bool larger)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<a href=\"{href}\"{(rel is null ? "" : $" rel=\"{rel}\"")}>x</a>");
        Assert.Equal(larger, LargerCopyLink.Is(document.QuerySelector("a")!));
    }
}
