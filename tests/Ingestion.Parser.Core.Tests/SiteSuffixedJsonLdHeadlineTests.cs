using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteSuffixedJsonLdHeadlineTests
{
    private static ParsedPage Parse(string headline, string h1) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise again &raquo; Harbour Post - News from the coast</title>
        <meta property="og:title" content="Ferry fares rise again &raquo; Harbour Post - News from the coast">
        <meta property="og:site_name" content="Harbour Post - News from the coast">
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "BlogPosting", "headline": "{{headline}}", "datePublished": "2023-11-01T12:30:56+01:00"}]}</script>
        </head><body>
        <h1>{{h1}}</h1>
        <div class="entry-content"><p>The harbour board raised the fares for the island ferry by a tenth on Monday, the third rise in two years.</p>
        <p>Commuters who cross every day will pay almost two hundred more a year, the passengers' association reckoned.</p></div>
        </body></html>
        """), "story.html");

    [Fact]
    public void A_structured_headline_ending_with_a_separator_and_the_site_name_is_the_shown_h1()
    {
        Assert.Equal("Ferry fares rise again", Parse("Ferry fares rise again &raquo; Harbour Post - News from the coast", "Ferry fares rise again").Title);
    }

    [Fact]
    public void A_structured_headline_whose_words_before_the_site_no_h1_shows_is_not_the_h1()
    {
        // The h1 is not taken; the entity decoded as the reader would see it (EscapedEntityText), the site suffix goes as on any title.
        Assert.Equal("Fares up by a tenth",
            Parse("Fares up by a tenth &raquo; Harbour Post - News from the coast", "Ferry fares rise again").Title);
    }

    [Fact]
    public void A_structured_headline_that_does_not_end_with_the_site_name_is_left_alone()
    {
        Assert.Null(SiteSuffixedJsonLdHeadline.Headline(
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<h1>Ferry fares rise again</h1>"), "Ferry fares rise again: what commuters pay", "Harbour Post"));
    }
}
