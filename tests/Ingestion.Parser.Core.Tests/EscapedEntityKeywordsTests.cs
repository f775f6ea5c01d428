using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EscapedEntityKeywordsTests
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
        Assert.Equal("Rain; Wind", EscapedEntityKeywords.Decoded("Rain; Wind"));

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
        Assert.Equal("Harbour R&D; Ferries", EscapedEntityKeywords.Decoded("Harbour R&D; Ferries"));
}
