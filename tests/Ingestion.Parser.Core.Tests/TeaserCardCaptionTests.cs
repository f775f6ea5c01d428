using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserCardCaptionTests
{
    private static ParsedPage Parse(string figures) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Pop star's tour bus towed from hotel lot | GossipWire</title></head><body>
        <div class="featured-stories-widget"><ul>{{figures}}</ul></div>
        <h1>Pop star's tour bus towed from hotel lot</h1><div class="article-content">
        <p>A pop star's tour bus was towed out of a hotel parking lot overnight ... and nobody told the band, we have learned.</p>
        <p>Sources tell us the driver had parked across four spaces reserved for a wedding party, which called the tow company.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_teaser_cards_headline_under_its_linked_thumbnail_is_no_caption()
    {
        var page = Parse("""
            <li class="story"><figure><a href="/2019/03/18/singer-club-fight/"><img src="/thumbs/club-117x81.jpg" alt="Singer in club fight"></a>
            <figcaption><a class="hover-text" href="/2019/03/18/singer-club-fight/">Singer Caught Up in Club Fight</a></figcaption></figure></li>
            <li class="story"><figure><a href="/2019/03/18/actor-split/"><img src="/thumbs/split-117x81.jpg" alt="Actor split"></a>
            <figcaption><a class="hover-text" href="/2019/03/18/actor-split/">Actor Sells Beach House to Neighbour</a></figcaption></figure></li>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_caption_linking_to_its_own_picture_stays_a_caption()
    {
        var page = Parse("""
            <li><figure><a href="/photos/tow-truck.jpg"><img src="/photos/tow-truck-small.jpg" alt=""></a>
            <figcaption><a href="/photos/tow-truck.jpg">The tow truck leaving the hotel lot on Sunday night.</a></figcaption></figure></li>
            """);

        Assert.Equal(["The tow truck leaving the hotel lot on Sunday night."], page.Captions);
    }
}
