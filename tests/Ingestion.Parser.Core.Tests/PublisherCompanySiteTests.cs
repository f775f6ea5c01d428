using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublisherCompanySiteTests
{
    [Theory]
    [InlineData("Orrin Press Limited, part of Orrin Group", "Orrin Letters", "Orrin Letters")]
    [InlineData("Harbour Media Inc.", "Harbour Ledger", "Harbour Ledger")]
    [InlineData("Harbour Ledger", "Harbour Ledger App", null)]
    [InlineData("Harbour Media Inc.", null, null)]
    [InlineData("Harbour Media Inc.", "Harbour Ledger: the news of the coast, the islands and the harbour towns", null)]
    public void A_publisher_company_gives_way_to_the_publication_the_page_names(string site, string? publication, string? expected) =>
        Assert.Equal(expected, PublisherCompanySite.Publication(site, publication));

    [Fact]
    public void The_microdata_publishers_company_gives_way_to_the_publication_name_meta()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Dish opens to all astronomers</title><meta name="prism.publicationName" content="Orrin Letters"><meta name="application-name" content="Orrin Letters"></head><body>
            <article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Dish opens to all astronomers</h1>
            <div class="article__body"><p>The largest single dish in the world opens to astronomers from every country next month, its board said.</p>
            <p>Its first year of observing time is already spoken for, with pulsar surveys taking the largest share of it.</p></div>
            <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta content="Orrin Press Limited, part of Orrin Group" itemprop="name"/></div>
            </article></body></html>
            """), "page.html");

        Assert.Equal("Orrin Letters", page.Site);
    }
}
