using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CarouselSlideCaptionTests
{
    private static ParsedPage Parse(string slides, string below) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run</title></head><body>
        <h1>Night Ferry Keeps Its Late Run</h1>
        <div class="lead-art-wrapper gallery"><section aria-roledescription="carousel" aria-label="The harbour at night">
        <div class="controls"><button type="button"><span>Expand</span></button><span>1 of 12</span></div>
        <div class="carousel-container">{{slides}}<button type="button" aria-label="Switch to the next image"></button></div>
        {{below}}
        </section></div>
        <article>
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </article>
        </body></html>
        """), "ferry.html");

    private const string Slides = """
        <div aria-roledescription="slide" aria-label="1 of 12" aria-hidden="false"><picture><img src="/pier.jpg" alt="Boats wait at the town pier on March 12, 2023, in Millbrook. For nearly si"></picture></div>
        <div aria-roledescription="slide" aria-label="2 of 12" aria-hidden="true" style="visibility:hidden"><picture><img src="/crew.jpg" alt="The crew of the night ferry ties up at the town pier on March 12, 2023. For"></picture></div>
        """;

    [Fact]
    public void The_words_after_a_carousels_slides_caption_the_shown_slide()
    {
        var page = Parse(Slides, """<p class="image-metadata"><span>Boats wait at the town pier on March 12, 2023, in Millbrook. For nearly six decades the ferry has been the town's link to the mainland.  </span>(Dana Ruiz / Harbor News)</p>""");

        Assert.Equal(["Boats wait at the town pier on March 12, 2023, in Millbrook. For nearly six decades the ferry has been the town's link to the mainland. (Dana Ruiz / Harbor News)"], page.Captions);
    }

    [Fact]
    public void A_row_of_links_after_a_carousel_of_story_teasers_is_no_caption()
    {
        var teasers = """<div aria-roledescription="slide"><a href="/ferry-fares"><img src="/fares.jpg" alt="Fares"></a></div><div aria-roledescription="slide"><a href="/pier-lights"><img src="/lights.jpg" alt="Lights"></a></div>""";
        var page = Parse(teasers, """<p>More stories from the waterfront this week</p>""");

        Assert.Empty(page.Captions);
    }
}
