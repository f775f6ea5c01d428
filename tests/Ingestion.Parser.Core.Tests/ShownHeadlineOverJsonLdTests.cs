using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownHeadlineOverJsonLdTests
{
    private static ParsedPage Parse(string secondHeading) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>This tablet has the brightest screen of the year - Gadget Weekly</title>
        <meta property="og:title" content="This tablet has the brightest screen of the year">
        <script type="application/ld+json">{"@context": "http://schema.org/", "@type": "NewsArticle", "headline": "Tablet review: a bright screen, a slow charger"}</script>
        </head><body>
        {{secondHeading}}
        <h1>This tablet has the brightest screen of the year</h1>
        <div class="body"><p>I used the tablet for a week of commuting, and its screen stayed readable in full sun on the top deck of the bus.</p>
        <p>The charger that comes in the box takes almost three hours to fill the battery, twice as long as last year's model.</p></div>
        </body></html>
        """), "story.html");

    [Fact]
    public void The_headline_the_page_and_its_share_title_show_outranks_an_unshown_structured_one()
    {
        Assert.Equal("This tablet has the brightest screen of the year", Parse("").Title);
    }

    [Fact]
    public void A_structured_headline_shown_in_a_heading_stays()
    {
        Assert.Equal("Tablet review: a bright screen, a slow charger", Parse("<h2>Tablet review: a bright screen, a slow charger</h2>").Title);
    }
}
