using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkedTeaserFigureTests
{
    private const string Page = """
        <html><head><title>Fähre fällt aus - Hafenblatt</title></head><body><article>
        <h1>Fähre fällt aus</h1>
        <figure class="lead"><img src="/i/faehre.jpg" alt="Fähre"><figcaption><p>Die Fähre am Anleger Nord.</p><span class="source">(Foto: Jana Petersen)</span></figcaption></figure>
        <p>Die Fähre zwischen Nordhafen und Insel fällt bis Ende Mai aus, weil die Werft die Reparatur des Antriebs nicht rechtzeitig schafft.</p>
        <figure class="teaserable"><a href="/region/neue-faehre-1.234" class="teaser"><img src="/i/neu.jpg" alt="Neue Fähre">
        <figcaption><div class="overline">Schifffahrt</div><h3 class="teaser-title">Die neue Fähre kommt später</h3>
        <p class="summary">Der Bau verzögert sich um ein Jahr. Von Jana Petersen</p></figcaption></a></figure>
        <p>Pendler sollen in der Zwischenzeit mit einem Ersatzboot fahren, das zweimal am Tag verkehrt und nur Fußgänger mitnimmt.</p>
        <p>Die Gemeinde prüft, ob sie der Reederei einen Teil der Kosten für das Ersatzboot erstatten kann, sagte der Bürgermeister.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_figure_that_is_one_link_to_another_story_is_neither_caption_nor_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.html");

        Assert.Equal(["Die Fähre am Anleger Nord. (Foto: Jana Petersen)"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("neue Fähre", StringComparison.Ordinal) || paragraph.Contains("Bau verzögert", StringComparison.Ordinal));
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("<figure><a href=\"/i/big.jpg\"><img src=\"/i/small.jpg\"><figcaption><h3>Die Fähre</h3><p>Am Anleger.</p></figcaption></a></figure>")]
    [InlineData("<figure><a href=\"/region/story\"><img src=\"/i/small.jpg\"></a><figcaption><h3>Die Fähre</h3><p>Am Anleger.</p></figcaption></figure>")]
    [InlineData("<figure><a href=\"/region/story\"><img src=\"/i/small.jpg\"><figcaption><p>Die Fähre am Anleger.</p></figcaption></a></figure>")]
    public void A_caption_linked_to_its_picture_or_outside_the_link_or_without_a_heading_is_a_caption(string figure)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + figure + "</body></html>");

        Assert.Null(LinkedTeaserFigure.Of(document.QuerySelector("figcaption")!));
    }
}
