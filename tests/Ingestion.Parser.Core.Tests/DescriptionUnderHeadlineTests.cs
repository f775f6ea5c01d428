using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DescriptionUnderHeadlineTests
{
    private const string Description = "The harbour ferry's new skipper brought her boat in sideways against the wind on her very first evening run to the island";

    private static string VideoPage(string textUnderHeadline) => $"""
        <html><head><title>Skipper's sideways landing | harbourtv.example</title>
        <meta name="description" content="{Description}" />
        <meta property="og:title" content="Skipper's sideways landing" />
        <meta property="og:description" content="{Description}" />
        <meta property="og:type" content="video.other" /></head><body>
        <div id="nav"><ul class="nav-list"><li><a href="/news">News</a></li><li><a href="/video">Videos</a></li></ul></div>
        <div class="main-content"><div class="row">
        <article class="column-social"><h4>Video</h4><p class="article-date">12 March 2015</p></article>
        <section class="video"><div class="row"><div class="col-12">
        <div class="player-box"><div class="video-player"></div></div>
        <p class="article-tag"><a href="/series/ferries">Harbour Ferries</a></p>
        <h1 class="main-title">Skipper's sideways landing</h1>
        <div class="share"><a href="#!" class="share-btn">Share</a></div>
        <div class="video-social-clear">{textUnderHeadline}</div>
        </div></div></section>
        <section class="video-latest"><h2>Latest Videos</h2>
        <div class="card"><h3><a href="/video/a">Dockside crane lifts a bus</a></h3><div class="article-text"><p>The crane at pier four lifted a stranded bus off the slipway on Tuesday, to the cheers of the morning commuters</p></div></div>
        <div class="card"><h3><a href="/video/b">Ferry fares explained</a></h3><div class="article-text"><p>Our reporter rides every route in the harbour in one day and counts what each crossing really costs a family of four</p></div></div>
        </section></div></div>
        <div id="footer"><div class="box"><p>harbourtv.example is a production of Harbour Media, a division of the Harbour Trust.</p><p>© 2015 Harbour Trust. All rights reserved</p></div>
        <div class="box"><p>Take the harbour with you everywhere! Get the latest clips, news and live radio in one app.</p><a href="/app">Get The App</a></div></div>
        </body></html>
        """;

    [Fact]
    public void A_video_pages_one_paragraph_description_under_the_headline_is_its_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(VideoPage($"<p>{Description}</p>")), "page.html");

        Assert.Equal([Description], page.BodyParagraphs);
    }

    [Fact]
    public void A_paragraph_under_the_headline_that_no_description_repeats_finds_no_box()
    {
        using var document = new HtmlParser().ParseDocument(VideoPage("<p>A different line under the headline, written for the page and in no meta tag at all.</p>"));

        Assert.Null(DescriptionUnderHeadline.Block(document, [Description]));
        Assert.Null(DescriptionUnderHeadline.Paragraph(document, [Description]));
    }

    [Fact]
    public void A_page_with_two_headlines_finds_no_box()
    {
        using var document = new HtmlParser().ParseDocument(VideoPage($"<h1>Another headline</h1><p>{Description}</p>"));

        Assert.Null(DescriptionUnderHeadline.Block(document, [Description]));
    }

    [Fact]
    public void A_description_over_a_block_of_prose_stays_a_standfirst_and_the_prose_is_the_text()
    {
        const string First = "The skipper, who has worked the island run as a deckhand for eleven years, said the wind turned just as she lined up with the pier.";
        const string Second = "Passengers on the evening boat said they hardly noticed, and the harbour master called the landing the neatest he had seen all winter.";
        const string Third = "The ferry company said the new boat handles better in a crosswind than the old one, which it retired last month after forty years.";
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(VideoPage($"<p>{Description}</p><div class=\"story\"><p>{First}</p><p>{Second}</p><p>{Third}</p></div>")), "page.html");

        Assert.Equal([First, Second, Third], page.BodyParagraphs);
    }
}
