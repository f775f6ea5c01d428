using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A caption box holding only a link to another story, beside that story's linked thumbnail, is no caption.</summary>
public class LinkedCaptionBesideThumbnailTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Harbour ferry fares rise again</title></head>
        <body><div class="entry"><h1>Harbour ferry fares rise again</h1>
        <p>The harbour board voted on Tuesday to raise ferry fares for the second time this year, citing fuel costs.</p>
        <p>Commuters who cross twice a day will pay about forty dollars more each month under the new schedule.</p>
        </div>
        <div class="related"><h2><a href="/business/">More in Business...</a></h2></div>
        <div id="related_images">{row}</div>
        </body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void The_cut_headlines_under_thumbnails_are_no_captions() =>
        Assert.Empty(Parse("""
            <div class="first"><a href="/2011/10/06/pier-lease_n_1.html" class="img_link"><img src="/t1.jpg" /></a><span class="caption"><a href="/2011/10/06/pier-lease_n_1.html">Pier Lease Talks Stall As Port...</a></span></div>
            <div class="last"><a href="/2011/10/06/dock-strike_n_2.html" class="img_link"><img src="/t2.jpg" /></a><span class="caption"><a href="/2011/10/06/dock-strike_n_2.html">Dock Workers Vote To End...</a></span></div>
            """).Captions);

    [Fact]
    public void A_caption_linking_elsewhere_than_its_picture_stays() =>
        Assert.Contains("Ferry crews at the pier on Monday.", Parse("""
            <div class="first"><a href="/photos/ferry.jpg"><img src="/ferry.jpg" /></a><span class="caption"><a href="/gallery/ferry-crews">Ferry crews at the pier on Monday.</a></span></div>
            """).Captions);
}
