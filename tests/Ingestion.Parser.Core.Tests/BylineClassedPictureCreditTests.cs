using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineClassedPictureCreditTests
{
    private static ParsedPage Parse(string pictureBox) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry skipper pleads not guilty | Quayside</title><meta property="og:site_name" content="Quayside"></head>
        <body><div id="article"><h1>Ferry skipper pleads not guilty</h1>
        <div id="Byline">By <span class="author vcard"><a href="/staff/dwhitcomb/">Dana Whitcomb</a></span><br/>on December 29, 2014 at 3:21 PM</div>
        <div class="entry-content">
        <p>The skipper of the night ferry pleaded not guilty on Monday to a charge of steering the boat while unfit, in a short hearing at the harbour court.</p>
        {{pictureBox}}
        <p>The magistrate set the trial for late February and let the skipper go home on the bail already posted.</p>
        <p>The ferry company said another skipper would take the night crossings until the case was over.</p>
        </div></div></body></html>
        """), "story.html");

    [Fact]
    public void A_byline_classed_credit_closing_the_picture_box_joins_its_caption()
    {
        var page = Parse("""
            <div class="entry_widget_small"><span class="adv-photo-small"><a class="full-size-popup" href="/photo/skipper.jpg"><img src="/img/blank.gif" alt="skipper.jpg"></a><span class="photo-data"><a class="full-size-popup" href="/photo/skipper.jpg">View full size</a><span class="caption">Tom Hale</span><span class="byline">Harbour Police</span></span></span></div>
            """);

        Assert.Equal(["Tom Hale Harbour Police"], page.Captions);
        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }

    [Fact]
    public void A_writers_byline_under_the_pictures_caption_stays_no_credit()
    {
        var page = Parse("""
            <div class="lead-photo"><img src="/img/skipper.jpg" alt=""><span class="caption">Tom Hale at the wheel of the night ferry.</span><span class="byline">By Lena Park</span></div>
            """);

        Assert.Equal(["Tom Hale at the wheel of the night ferry."], page.Captions);
    }

    [Fact]
    public void A_byline_followed_by_more_of_the_box_stays_no_credit()
    {
        var page = Parse("""
            <div class="lead-photo"><img src="/img/skipper.jpg" alt=""><span class="caption">Tom Hale at the wheel of the night ferry.</span><span class="byline">Lena Park</span><span class="dateline">December 29, 2014</span></div>
            """);

        Assert.Equal(["Tom Hale at the wheel of the night ferry."], page.Captions);
    }
}
