using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublisherNamedAsAuthorTests
{
    private static ParsedPage Release(string authorName, string shareName) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Foods Opens a Cold Store on the Quay</title>
        <meta name="author" content="{{authorName}}"><meta name="keywords" content="Harbour Foods">
        <meta property="og:title" content="Harbour Foods Opens a Cold Store on the Quay">
        <meta property="og:site_name" content="{{shareName}}">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","Headline":"Harbour Foods Opens a Cold Store on the Quay",
        "DatePublished":"3/9/2021","author":{"@type":"Person","name":"{{authorName}}"},"publisher":{"@type":"Organization","name":"Harbour Foods"} }</script></head>
        <body><div class="main-container"><h1 class="article-headline">Harbour Foods Opens a Cold Store on the Quay</h1>
        <p><time datetime="2021-03-09T14:00:00Z">March 09, 2021 09:00 ET</time> | Source: <a href="/org/harbour-foods">Harbour Foods</a></p>
        <div class="article-body"><p>PORT ELLEN, March 09, 2021 -- Harbour Foods today opened a cold store on the quay, the first on the island.</p>
        <p>The store holds the catch of forty boats and will employ twelve people from the village from next month.</p>
        <p><strong>About Harbour Foods</strong><br>Harbour Foods buys, freezes and ships the island's catch to the mainland.</p></div></div>
        </body></html>
        """), "release.html");

    [Fact]
    public void A_release_whose_publisher_is_also_its_author_is_the_share_cards_host_site()
    {
        var page = Release("Harbour Foods", "Coastwire News Room");

        Assert.Equal("Coastwire News Room", page.Site);
    }

    [Fact]
    public void The_releases_issuer_is_no_writer_on_the_host_site()
    {
        var page = Release("Harbour Foods", "Coastwire News Room");

        Assert.Empty(page.Authors);
        Assert.Equal(["Harbour Foods"], page.Tags);
    }

    [Fact]
    public void A_publisher_with_another_author_keeps_the_site()
    {
        var page = Release("Maren Tollefsen", "Coastwire News Room");

        Assert.Equal("Harbour Foods", page.Site);
    }

    [Fact]
    public void A_share_card_naming_the_publisher_itself_keeps_the_publisher()
    {
        var page = Release("Harbour Foods", "Harbour Foods Newsroom");

        Assert.Equal("Harbour Foods", page.Site);
    }
}
