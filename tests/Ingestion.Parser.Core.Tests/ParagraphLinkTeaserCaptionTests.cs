using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ParagraphLinkTeaserCaptionTests
{
    private const string Page = """
        <html><head><title>Hafenfähre fährt wieder - Elbstadt Kurier</title></head><body>
        <article class="article"><h1>Hafenfähre fährt wieder nach Plan</h1>
        <figure class="hero-img"><img src="http://x.test/faehre.jpg"><figcaption><p>Die Fähre am Anleger im Morgenlicht.</p></figcaption></figure>
        <div class="article__body">
        <p>Nach drei Wochen Pause fährt die kleine Hafenfähre seit Montag wieder nach dem gewohnten Fahrplan über den Fluss, teilte der Betreiber mit.</p>
        <p>Die Reparatur am Antrieb hatte länger gedauert als geplant, weil ein Ersatzteil erst aus dem Ausland geliefert werden musste.</p>
        </div>
        <aside class="sidebar"><div class="teaser-carousel"><ul>
        <li><figure class="teaser-media"><div class="teaser-media__wrapper"><a href="https://x.test/video/article1/Deichbau-beginnt.html"><figure class="teaser-media__media"><img src="http://x.test/deich.jpg"></figure></a></div>
        <figcaption class="teaser-media__caption"><p class="teaser-media__caption-text"><a href="https://x.test/video/article1/Deichbau-beginnt.html">Deichbau beginnt im Herbst</a></p></figcaption></figure></li>
        <li><figure class="teaser-media"><div class="teaser-media__wrapper"><a href="https://x.test/video/article2/Markt-zieht-um.html"><figure class="teaser-media__media"><img src="http://x.test/markt.jpg"></figure></a></div>
        <figcaption class="teaser-media__caption"><p class="teaser-media__caption-text"><a href="https://x.test/video/article2/Markt-zieht-um.html">Wochenmarkt zieht um</a></p></figcaption></figure></li>
        </ul></div></aside></article></body></html>
        """;

    [Fact]
    public void A_rail_cards_headline_in_a_paragraph_under_its_thumbnail_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "faehre.html");
        Assert.Equal(["Die Fähre am Anleger im Morgenlicht."], page.Captions);
    }

    [Fact]
    public void A_caption_paragraph_linking_to_the_picture_file_stays()
    {
        var html = Page.Replace("""<figcaption><p>Die Fähre am Anleger im Morgenlicht.</p></figcaption>""",
            """<figcaption><p><a href="http://x.test/faehre-gross.jpg">Die Fähre am Anleger im Morgenlicht.</a></p></figcaption>""");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "faehre.html");
        Assert.Contains("Die Fähre am Anleger im Morgenlicht.", page.Captions);
    }
}
