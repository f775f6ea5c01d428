using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticlePrefixedShareTitleTests
{
    private static ParsedPage Parse(string shareTitle, string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{heading}}: a guide to the port's machines.</title>
        <meta property="og:title" content="{{shareTitle}}"><meta property="og:site_name" content="Harbour Post"></head><body>
        <header class="article-header"><div class="pub-date">Mar. 4 2014 9:00 AM</div>
        <h1 class="hed">{{heading}}</h1>
        <h2 class="dek">A guide to the machines that keep the port running.</h2>
        <div class="byline">By <a rel="author" href="/authors/marta-olsen">Marta Olsen</a></div></header>
        <article class="main"><div class="body">
        <p>The new cranes on the east quay lift a container every ninety seconds, twice as fast as the pair they replaced last spring.</p>
        <p>Each crane is driven from a cabin on the quay, where one operator watches four screens instead of sitting high above the ship.</p>
        </div></article></body></html>
        """), "cranes.html");

    [Fact]
    public void A_share_title_that_only_adds_an_article_gives_way_to_the_h1()
    {
        var page = Parse("The Harbour Cranes of the East Quay", "Harbour Cranes of the East Quay");
        Assert.Equal("Harbour Cranes of the East Quay", page.Title);
    }

    [Theory]
    [InlineData("The Harbour Cranes of the East Quay", "Harbour Cranes of the East Quay", true)]
    [InlineData("An Hour on the East Quay", "Hour on the East Quay", true)]
    [InlineData("New Harbour Cranes of the East Quay", "Harbour Cranes of the East Quay", false)]
    [InlineData("The Harbour Cranes of the East Quay", "Harbour cranes of the East Quay", false)]
    [InlineData("The Harbour Cranes", "Harbour Cranes", false)]
    public void Only_a_leading_article_may_be_added(string title, string shown, bool prefixed) =>
        Assert.Equal(prefixed, ArticlePrefixedShareTitle.Is(title, shown));
}
