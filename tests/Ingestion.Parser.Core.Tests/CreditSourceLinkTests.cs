using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditSourceLinkTests
{
    private static ParsedPage Parse(string caption) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>The harbour clock runs backwards</title></head><body><article><h1>The harbour clock runs backwards</h1>
        <div class="article-content"><p>The clock over the ferry office has been turning its hands the wrong way since a storm on Sunday night, travellers say.</p>
        <figure class="inline"><div class="image-wrapper"><img src="clock.jpg" alt=""></div><div class="caption-wrapper"><figcaption>{{caption}}</figcaption></div></figure>
        <p>The harbour board says a mechanic will climb the tower on Friday, and asks travellers to trust the timetable boards for now.</p>
        <p>Until then the ferries keep to the printed timetable, which the board says has not changed since the spring.</p></div></article></body></html>
        """), "story.html");

    [Fact]
    public void A_network_linked_after_via_in_the_credit_stays_in_the_caption()
    {
        var page = Parse("""Dana Roe<span class="credit">Photo: via <a href="https://twitter.com/danaroe" target="_blank">Twitter</a></span>""");

        Assert.Equal(["Dana Roe Photo: via Twitter"], page.Captions);
    }

    [Fact]
    public void A_network_linked_after_courtesy_of_stays_in_the_caption()
    {
        var page = Parse("""The clock tower at dusk. Courtesy of <a href="https://www.instagram.com/quayside">Instagram</a>""");

        Assert.Equal(["The clock tower at dusk. Courtesy of Instagram"], page.Captions);
    }

    [Fact]
    public void A_share_button_after_share_via_still_goes()
    {
        var page = Parse("""The clock tower at dusk. Share via <a href="https://twitter.com/share">Twitter</a>""");

        Assert.DoesNotContain("Twitter", page.Captions.Single());
    }

    [Fact]
    public void A_lone_network_link_in_the_caption_still_goes()
    {
        var page = Parse("""The clock tower at dusk. <a href="https://twitter.com/share">Twitter</a>""");

        Assert.Equal(["The clock tower at dusk."], page.Captions);
    }
}
