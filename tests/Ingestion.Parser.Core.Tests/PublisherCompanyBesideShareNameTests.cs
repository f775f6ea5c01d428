using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublisherCompanyBesideShareNameTests
{
    private static ParsedPage Parse(string publisher) => PageParser.Parse(Encoding.UTF8.GetBytes($$$"""
        <html><head><title>Ferry fares rise again</title>
        <meta property="og:site_name" content="Harbour Ledger  ">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ferry fares rise again",
        "datePublished":"2023-10-31T14:08:10+01:00","publisher":{"@type":"Organization","name":"{{{publisher}}}"}}</script>
        </head><body><article><h1>Ferry fares rise again</h1>
        <p>The harbour board raised the fares for the island ferry by a tenth on Monday, the third rise in two years.</p>
        <p>Commuters who cross every day will pay almost two hundred more a year, the passengers' association reckoned.</p>
        <p>The board said the new boats, due next spring, had cost more than it planned when it ordered them.</p>
        </article></body></html>
        """), "story.html");

    [Fact]
    public void A_publisher_named_by_its_legal_form_gives_way_to_the_share_cards_site_name()
    {
        Assert.Equal("Harbour Ledger", Parse("Blogform Social Media GmbH").Site);
    }

    [Fact]
    public void A_publisher_without_a_legal_form_stays_the_site()
    {
        Assert.Equal("Harbour Ledger Group", Parse("Harbour Ledger Group").Site);
    }
}
