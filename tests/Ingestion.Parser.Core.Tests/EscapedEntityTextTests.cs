using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EscapedEntityTextTests
{
    [Fact]
    public void An_escaped_entity_in_json_ld_keywords_is_decoded_before_the_split()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Why the trail counters are coming down</title>
            <script type="application/ld+json">{"@context": "http://schema.org", "@type": "Article", "headline": "Why the trail counters are coming down",
            "keywords": "Trail Counters, Parks \u0026amp; Recreation, Privacy"}</script></head><body>
            <h1>Why the trail counters are coming down</h1>
            <div class="body"><p>The county will remove the camera counters it installed on two forest trails after walkers objected to being filmed on their way to the lake.</p>
            <p>Rangers will count visitors with pressure mats instead, which record a step but not a face, the parks office said on Tuesday.</p></div>
            </body></html>
            """), "blog.html");

        Assert.Equal(["Trail Counters", "Parks & Recreation", "Privacy"], page.Tags);
    }

    [Fact]
    public void Keywords_without_an_entity_are_left_alone() =>
        Assert.Equal("Rain; Wind", EscapedEntityText.Decoded("Rain; Wind"));

    [Fact]
    public void A_term_escaped_twice_in_json_ld_keywords_is_one_tag_with_its_ampersand()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Why the ferry fares rise in spring</title>
            <script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Why the ferry fares rise in spring",
            "keywords": "Harbours \u0026amp;amp; Ferries, Fares, Transport \u0026amp; Budgets"}</script></head><body>
            <h1>Why the ferry fares rise in spring</h1>
            <div class="body"><p>The harbour board will raise the island ferry's fares in April, the first rise in four years, to pay for the new landing stage.</p>
            <p>Season tickets for islanders stay at last year's price, the board said after its Tuesday meeting at the pier office.</p></div>
            </body></html>
            """), "story.html");

        Assert.Equal(["Harbours & Ferries", "Fares", "Transport & Budgets"], page.Tags);
    }

    [Fact]
    public void A_bare_ampersand_before_a_semicolon_is_no_entity_and_stays() =>
        Assert.Equal("Harbour R&D; Ferries", EscapedEntityText.Decoded("Harbour R&D; Ferries"));

    [Fact]
    public void A_share_title_escaped_twice_is_the_headline_as_the_reader_sees_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour Weekly</title>
            <meta property="og:title" content="Kim &amp;amp; Lee&amp;#8217;s plan for the &amp;quot;new&amp;quot; quay">
            </head><body><div class="story">
            <p>The two councillors want the old fish market turned into a covered quay for the island ferries and the summer boats.</p>
            <p>Their plan goes to the harbour board in March, where the fishermen's union has promised to speak against it at length.</p>
            </div></body></html>
            """), "story.html");

        Assert.Equal("Kim & Lee\u2019s plan for the \"new\" quay", page.Title);
    }

    [Fact]
    public void A_json_ld_headline_and_writer_written_with_entities_are_decoded()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour Weekly</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The quay\u0026#8217;s last winter",
            "author": {"@type": "Person", "name": "Ana Lopes \u0026amp; Bo Lind"}, "datePublished": "2021-02-03T09:00:00+01:00"}</script></head><body>
            <div class="story"><p>The old quay will close for good at the end of the winter, when the new landing stage opens across the bay.</p>
            <p>Fishermen who have tied up there for forty years will move to the new pontoons, which the board says are safer in a storm.</p></div>
            </body></html>
            """), "story.html");

        Assert.Equal("The quay\u2019s last winter", page.Title);
        Assert.Equal(["Ana Lopes & Bo Lind"], page.Authors);
    }

    [Fact]
    public void A_standfirst_over_the_date_matches_its_description_escaped_twice()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>The ferry is late again | Harbour Weekly</title>
            <meta property="og:description" content="The harbour master says the ferry lost a season. &amp;ldquo;Nobody books a boat that never comes.&amp;rdquo;">
            </head><body><article class="artdetail"><header class="artdetail_header"><h1>The ferry is late again</h1></header>
            <section class="artdetail_short">The harbour master says the ferry lost a season. “Nobody books a boat that never comes.”</section>
            <section class="artdetail_time"><time datetime="2019-01-23T10:00:00+01:00">23.01.2019 - 10:00 Uhr</time> | <span class="author">Jane Roe</span></section>
            <section class="artdetail_text">
            <p>The harbour master looks across the water at the empty landing stage where the ferry should have tied up an hour ago.</p>
            <p>Since the spring the boat has missed one crossing in three, and the islanders take the long road round the bay instead.</p>
            <p>The board says a new engine will come before the summer, but nobody on the quay believes it any more, he says, and shrugs.</p>
            </section></article></body></html>
            """), "story.html");

        Assert.StartsWith("The harbour master looks across", page.BodyParagraphs[0]);
    }

    [Fact]
    public void An_ampersand_in_a_share_title_that_opens_no_entity_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour Weekly</title>
            <meta property="og:title" content="Harbour R&amp;D; the quay &amp; its boats">
            </head><body><div class="story">
            <p>The two councillors want the old fish market turned into a covered quay for the island ferries and the summer boats.</p>
            <p>Their plan goes to the harbour board in March, where the fishermen's union has promised to speak against it at length.</p>
            </div></body></html>
            """), "story.html");

        Assert.Equal("Harbour R&D; the quay & its boats", page.Title);
    }
}
