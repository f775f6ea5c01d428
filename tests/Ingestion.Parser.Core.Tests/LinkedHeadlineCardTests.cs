using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkedHeadlineCardTests
{
    private static IReadOnlyList<string> BodyOf(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Fährlinie fährt elektrisch | hafenzone.at</title></head><body>
        <article class="article"><h1>Fährlinie fährt elektrisch</h1>
        <div class="paragraphs"><p>Die Fährlinie über den Strom fährt seit Montag mit zwei elektrischen Schiffen, teilte der Betreiber am Dienstag mit.</p>
        <p>Die Schiffe laden in der Nacht am Anleger in Lindholm und schaffen zwölf Überfahrten am Tag, hieß es weiter.</p></div>
        {{box}}
        </article></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void A_card_for_another_story_after_the_text_goes()
    {
        var body = BodyOf("""
            <div class="media"><div class="teaser-image"><a class="image" href="/wirtschaft/werft/1"><img src="w.jpg" alt=""></a></div>
            <p class="tagline"><a href="/wirtschaft">Wirtschaft</a></p>
            <a class="teaser-title" href="/wirtschaft/werft/1"><h2><span> Werft baut drei neue Fähren </span></h2></a>
            <a class="teaser-text" href="/wirtschaft/werft/1"><p>Der Auftrag sichert 200 Stellen bis 2022.</p></a></div>
            """);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_box_with_words_of_its_own_stays()
    {
        var body = BodyOf("""
            <div class="media"><a href="/bild/1"><img src="f.jpg" alt=""></a><a href="/bild/1"><h2>Die neue Fähre</h2></a>
            <p>Die Fähre bietet Platz für 40 Autos und 300 Fahrgäste, sagte der Betreiber.</p></div>
            """);

        Assert.Contains(body, paragraph => paragraph.Contains("40 Autos", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_whose_one_link_holds_headline_date_and_thumbnail_goes()
    {
        var body = BodyOf("""
            <div class="related"><div class="card"><a href="/2016/08/04/werft.html?module=RelatedLinks">
            <div class="card-text"><div class="card-title">Warum liegen die Fähren so oft in der Werft?</div><time datetime="2016-08-04">4. Aug. 2016</time></div>
            <div class="card-image"><img src="werft.jpg"></div></a></div></div>
            """);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_picture_link_beside_a_date_outside_any_link_stays()
    {
        var body = BodyOf("""
            <div class="media"><a href="/bild/1"><img src="f.jpg" alt=""></a><time datetime="2016-08-04">4. Aug. 2016</time>
            <p>Die Fähre bietet Platz für 40 Autos und 300 Fahrgäste, sagte der Betreiber am Donnerstag.</p></div>
            """);

        Assert.Contains(body, paragraph => paragraph.Contains("40 Autos", StringComparison.Ordinal));
    }
}
