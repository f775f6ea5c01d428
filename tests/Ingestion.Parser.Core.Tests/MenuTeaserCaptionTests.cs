using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuTeaserCaptionTests
{
    private const string Story = """
        <main><h1 class="article-title">Harbour plan shelved</h1>
        <div id="storytext">
        <p>The port board shelved its plan to dredge the inner harbour channel on Tuesday, citing the cost of the work.</p>
        <figure><img src="/img/harbour.jpg" alt=""><figcaption>Fishing boats in the inner harbour on Monday.</figcaption></figure>
        <p>The fishing fleet had asked for the work for three years, and its spokesman said the decision was a blow to members.</p>
        </div></main>
        """;

    private static IReadOnlyList<string> CaptionsOf(string menu) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($"<html><head><title>Harbour plan shelved</title></head><body><nav>{menu}</nav>{Story}</body></html>"), "page.html").Captions;

    [Fact]
    public void A_menus_teaser_whose_link_holds_picture_and_headline_gives_no_caption()
    {
        var captions = CaptionsOf("""
            <article class="summary hero"><a class="flyout-nav-link" href="/2017/01/24/news/ferry-fares/index.html?iid=nav">
            <figure class="summary-image"><img src="/img/ferry-336x188.jpg" alt="ferry"></figure>
            <figcaption class="nav-summary-hed">Ferry fares to rise in the spring</figcaption></a></article>
            """);

        Assert.Equal(["Fishing boats in the inner harbour on Monday."], captions);
    }

    [Fact]
    public void A_caption_inside_a_link_to_the_larger_picture_stays()
    {
        var captions = CaptionsOf("""
            <a href="/img/harbour-large.jpg"><figure><img src="/img/harbour-small.jpg" alt=""><figcaption>The harbour from the air.</figcaption></figure></a>
            """);

        Assert.Contains("The harbour from the air.", captions);
    }
}
