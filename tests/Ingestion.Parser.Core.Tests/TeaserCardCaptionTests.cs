using System.Text;
using AngleSharp.Html.Parser;
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
    public void A_related_posts_gallerys_headline_is_no_caption_when_the_thumbnails_link_sits_in_a_wrapper()
    {
        var page = Parse("""
            <li><figure class="gallery-item"><div class="gallery-icon landscape"><a href="https://gossipwire.example/1899"><img src="/thumbs/stars-150x150.jpg" alt=""></a></div>
            <figcaption class="wp-caption-text gallery-caption"><a href="https://gossipwire.example/1899">Band fires its drummer on stage</a></figcaption></figure></li>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_rails_headline_in_a_heading_of_its_own_under_the_linked_thumbnail_is_no_caption()
    {
        var page = Parse("""
            <li><figure class="media media--size-4-3"><a href="/stars/singer-club-fight-20411.html"><div class="media__image-wrapper"><picture>
            <img src="/files/styles/image360w/club.jpg" alt="Singer" title="Singer" /></picture></div></a>
            <figcaption class="sidebar__teaser__caption teaser__caption"><h3 class="teaser__headline"><a href="/stars/singer-club-fight-20411.html">Singer Caught Up in Club Fight!</a></h3></figcaption></figure></li>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_feed_cards_headline_over_its_writer_and_day_is_no_caption()
    {
        var page = Parse("""
            <li class="post"><figure><div><a class="post-thumbnail" href="https://gossipwire.example/articles/drummer-fired">
            <img class="wp-post-image" alt="Band fires its drummer" src="/thumbs/drummer-400.jpg" /></a><span class="category">Music</span></div>
            <figcaption>
            <h3 class="entry-title"><a href="https://gossipwire.example/articles/drummer-fired" rel="bookmark">Band Fires Its Drummer on Stage</a></h3>
            <div class="author-attribution"><a href="https://gossipwire.example/u/KMarsh"><img class="avatar" src="/avatars/km.png" /><span class="author-name">Kit Marsh</span></a>
            <span class="posted-time"> • <time datetime="2019-03-15T09:00:59+00:00">March 15, 2019</time></span></div>
            </figcaption></figure></li>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_headed_caption_whose_link_leads_elsewhere_than_the_pictures_link_stays()
    {
        var page = Parse("""
            <li><figure><a href="/photos/tour-bus-large/"><img src="/files/bus.jpg" alt="Bus" /></a>
            <figcaption><h3><a href="/bands/the-lanterns/">The Lanterns</a></h3><p>The band's tour bus on the tow truck outside the hotel.</p></figcaption></figure></li>
            """);

        Assert.Single(page.Captions);
    }

    [Fact]
    public void A_cards_caption_box_showing_its_links_title_is_the_teasers_headline()
    {
        var page = Parse("""
            <li><a href="/stars/singer-club-fight-20411.html" title="Singer Caught Up in Club Fight" class="o-teaser"><div class="m-media">
            <div class="m-media__image"><img src="/files/club.jpg" alt="Club" class="a-image"></div>
            <div class="m-media__caption"><div class="a-headline-teaser">Singer Caught Up in Club Fight</div></div></div></a></li>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_caption_box_inside_a_link_to_a_gallery_that_names_it_otherwise_stays()
    {
        var page = Parse("""
            <li><a href="/gallery/tour-bus-20412.html" title="All pictures" class="gallery-link"><div class="m-media">
            <div class="m-media__image"><img src="/files/bus.jpg" alt="Bus" class="a-image"></div>
            <div class="m-media__caption">The tour bus on the tow truck outside the hotel.</div></div></a></li>
            """);

        Assert.Equal(["The tour bus on the tow truck outside the hotel."], page.Captions);
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

    private const string HarbourStory = """
        <main><h1 class="article-title">Harbour plan shelved</h1>
        <div id="storytext">
        <p>The port board shelved its plan to dredge the inner harbour channel on Tuesday, citing the cost of the work.</p>
        <figure><img src="/img/harbour.jpg" alt=""><figcaption>Fishing boats in the inner harbour on Monday.</figcaption></figure>
        <p>The fishing fleet had asked for the work for three years, and its spokesman said the decision was a blow to members.</p>
        </div></main>
        """;

    private static IReadOnlyList<string> CaptionsOf(string menu) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($"<html><head><title>Harbour plan shelved</title></head><body><nav>{menu}</nav>{HarbourStory}</body></html>"), "page.html").Captions;

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

    private const string FerryPage = """
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
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(FerryPage), "page.html");

        Assert.Equal(["Die Fähre am Anleger Nord. (Foto: Jana Petersen)"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("neue Fähre", StringComparison.Ordinal) || paragraph.Contains("Bau verzögert", StringComparison.Ordinal));
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("<figure><a href=\"/i/big.jpg\"><img src=\"/i/small.jpg\"><figcaption><h3>Die Fähre</h3><p>Am Anleger.</p></figcaption></a></figure>")]
    [InlineData("<figure><a href=\"/region/story\"><img src=\"/i/small.jpg\"></a><figcaption><h3>Die Fähre</h3><p>Am Anleger.</p></figcaption></figure>")]
    public void A_caption_linked_to_its_picture_or_outside_the_link_is_a_caption(string figure)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + figure + "</body></html>");

        Assert.Null(TeaserCardCaption.Of(document.QuerySelector("figcaption")!));
    }

    [Fact]
    public void A_linked_caption_without_a_heading_goes_alone_and_leaves_its_figure()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><figure><a href=\"/region/story\"><img src=\"/i/small.jpg\"><figcaption><p>Die Fähre am Anleger.</p></figcaption></a></figure></body></html>");
        var caption = document.QuerySelector("figcaption")!;

        Assert.Same(caption, TeaserCardCaption.Of(caption));
    }

    [Fact]
    public void A_teaser_cards_headline_in_its_figcaption_is_no_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><figure><img src=\"a.jpg\" alt=\"\"><figcaption>Divers lift the hull from the harbour. Credit: Port Authority</figcaption></figure>"
            + "<p>The wreck had lain there since 1911.</p></article>"
            + "<aside><a href=\"/news/other.html\" class=\"news-link\"><article><figure><img src=\"t.jpg\" alt=\"\">"
            + "<figcaption><h5>Old ferry found under the pier</h5><p>2 hours ago</p></figcaption></figure></article></a></aside></body></html>");

        Assert.Equal(["Divers lift the hull from the harbour. Credit: Port Authority"], HtmlCaptions.Read(document));
        Assert.DoesNotContain("Old ferry", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figcaption_with_a_heading_outside_a_link_stays_a_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><figure><img src=\"a.jpg\" alt=\"\"><figcaption><h4>The new bridge</h4><p>Opened on Friday. Photo: Lee Chan</p></figcaption></figure></body></html>");

        Assert.Single(HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_popular_posts_headline_under_its_thumbnail_without_a_figure_is_no_caption()
    {
        var page = Parse("""
            <li><div class="item-content"><div class="item-thumbnail"><a href="https://gossip.example.com/2019/05/band-reunion.html" target="_blank">
            <img alt="" src="/thumbs/reunion-s72-c.jpg" width="72"></a></div>
            <div class="item-title"><a href="https://gossip.example.com/2019/05/band-reunion.html">Reunion - The Lost Chords [Review]</a></div>
            <div class="item-snippet">The band played for three hours and nobody wanted to go home ...</div></div></li>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_line_under_a_thumbnail_linking_elsewhere_than_the_picture_is_still_read_as_a_caption()
    {
        var page = Parse("""
            <li><div class="photo"><a href="/2019/05/band-reunion.html"><img alt="" src="/thumbs/reunion.jpg"></a></div>
            <div class="photo-text">The band on stage on Friday night. (Photo: <a href="/photographers/jane-doe/">Jane Doe</a>)</div></li>
            """);

        Assert.Equal(["The band on stage on Friday night. (Photo: Jane Doe)"], page.Captions);
    }

    [Fact]
    public void A_carousel_slides_headline_in_a_caption_box_inside_its_link_is_no_caption()
    {
        var page = Parse("""
            <li><a href="/2019/03/18/singer-club-fight/"><img src="/thumbs/club-410x220.jpg" alt=""><div class="caption-overlay"></div>
            <div class="flex-caption"><div class="slider-caption-wrapper"><h2 class="slider-title">Singer Caught Up in Club Fight</h2></div></div></a></li>
            <li><a href="/2019/03/18/actor-split/"><img src="/thumbs/split-410x220.jpg" alt=""><div class="caption-overlay"></div>
            <div class="flex-caption"><div class="slider-caption-wrapper"><h2 class="slider-title">Actor Sells Beach House to Neighbour</h2></div></div></a></li>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_caption_box_inside_a_pictures_link_without_a_heading_stays_a_caption()
    {
        var page = Parse("""
            <li><a href="/2019/03/18/singer-club-fight/"><img src="/thumbs/club-410x220.jpg" alt="">
            <div class="flex-caption">The singer leaves the club on Sunday night.</div></a></li>
            """);

        Assert.Single(page.Captions);
    }

    internal const string BlurbPage = """
        <html><head><title>Ferry timetable changes for the winter</title></head><body>
        <article><h1>Ferry timetable changes for the winter</h1>
        <div itemprop="articleBody">
        <p>The harbour board said on Monday that the winter timetable for the island ferries will start a week earlier than planned this year.</p>
        <aside class="embed" data-content-type="story"><div class="embed_media"><span data-content-kicker="Related"></span><a class="embed_media_link" href="/news/pier-repairs-story.html"><figure class="embed_imageContainer_figure"><img src="/img/pier.jpg" alt="Pier repairs to finish in spring"></figure></a>
        <div class="embed_related" data-role="lightbox_metadata"><a class="embed_media_link" href="/news/pier-repairs-story.html"><span class="embed_related_title">Pier repairs to finish in spring</span> <div class="embed_related_credit">Tom Berg</div>
        <div class="embed_related_caption"><p>The repairs to the north pier will be finished by April, the harbour board said, two months later than first planned...</p></div></a></div></div></aside>
        <p>Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_related_cards_blurb_linked_apart_from_its_thumbnail_is_no_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(BlurbPage), "ferry.html");

        Assert.Empty(page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
