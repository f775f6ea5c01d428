using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PrintOnlyBoxTests
{
    private static ParsedPage Parse(string footer) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Lichens return to the old quarry</title>
        <meta property="og:site_name" content="Upland Field Notes"></head><body>
        <div class="print-only clearfix"><img src="/logo-black.png" class="print-logo"> <a class="print-link" href="/2015/08/lichens">http://example.org/2015/08/lichens.html</a><hr></div>
        <article><h1>Lichens return to the old quarry</h1>
        <div class="story-body">
        <p>Twelve years after the last stone was cut, the walls of the quarry are turning grey-green again as lichens spread across the faces the saws left bare.</p>
        <p>Volunteers counted nineteen species on a single terrace this summer, three of them not recorded in the county since the survey of the nineteen-seventies.</p>
        <p>The trust that owns the site plans to keep the lower path closed so that the slow growth on the boulders is not scraped away by boots.</p>
        </div></article>
        {{footer}}
        </body></html>
        """), "lichens.html");

    [Fact]
    public void The_printouts_notice_under_its_logo_is_no_picture_credit()
    {
        var page = Parse("""
            <div class="print-only clearfix"><hr><img src="/logo-black.png" class="print-logo print-img"><p class="print-only__copyright">© 1998-2016 Upland Field Society.</p></div>
            """);
        Assert.Empty(page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Upland Field Society", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_under_a_picture_shown_on_screen_is_still_a_caption()
    {
        var page = Parse("""
            <div class="photo-box"><hr><img src="/terrace.jpg" class="story-img"><p class="photo__copyright">© Ines Marlow</p></div>
            """);
        Assert.Contains("© Ines Marlow", page.Captions);
    }
}
