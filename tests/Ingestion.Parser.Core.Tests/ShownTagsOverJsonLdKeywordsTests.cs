using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownTagsOverJsonLdKeywordsTests
{
    private static ParsedPage Parse(string tagBox) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour strike enters second week</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour strike enters second week",
        "datePublished": "2019-03-12T09:40:00Z", "keywords": ["News", "Story", "Ports", "Standard", "Unions", "News"]}</script>
        </head><body><h1>Harbour strike enters second week</h1>
        <article><div class="article-body"><p>Dock workers stayed off the quays for an eighth day on Tuesday, and two grain ships turned back to sea.</p>
        <p>The union said talks with the port authority would resume on Thursday, though neither side expects a deal this week.</p></div>
        {{tagBox}}</article></body></html>
        """), "page.html");

    [Fact]
    public void A_labelled_tag_list_box_the_page_shows_outranks_the_json_ld_keywords()
    {
        var page = Parse("""
            <aside class="list-of-tags"><h3 class="list-of-tags__title">Related Topics</h3><ul class="list-of-tags__list">
            <li><a href="/ports/">Ports</a></li><li><a href="/unions/">Unions</a></li><li><a href="/harbour-city/">Harbour City</a></li>
            <li aria-hidden="true"><a href="#" class="list-of-tags__show-more">Show more</a></li></ul></aside>
            """);

        Assert.Equal(["Ports", "Unions", "Harbour City"], page.Tags);
    }

    [Fact]
    public void Without_a_shown_list_the_json_ld_keywords_give_the_tags()
    {
        Assert.Contains("Unions", Parse("").Tags);
    }

    [Fact]
    public void A_rail_of_teasers_under_a_tag_lists_class_is_no_tag_list()
    {
        var page = Parse("""
            <div class="list-of-tags"><h3>Strike ends at rival port</h3><a href="/a/">Read</a><h3>Ferry fares rise</h3><a href="/b/">Read</a></div>
            """);

        Assert.DoesNotContain("Read", page.Tags);
    }
}
