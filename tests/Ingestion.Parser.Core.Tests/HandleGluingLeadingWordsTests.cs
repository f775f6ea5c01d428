using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HandleGluingLeadingWordsTests
{
    [Theory]
    [InlineData("harbourcoast", "Ferry fares to rise - Harbour Coast Live", "Harbour Coast Live")]
    [InlineData("harbourcoast", "Ferry fares to rise | Harbour Coast Online", "Harbour Coast Online")]
    public void A_handle_gluing_the_titles_leading_words_takes_the_titles_name(string siteName, string title, string expected) =>
        Assert.Equal(expected, GluedSiteName.Spaced(siteName, title));

    [Theory]
    [InlineData("HarbourCoast", "Ferry fares to rise - Harbour Coast Live")]
    [InlineData("harbour", "Ferry fares to rise - Harbour Coast Live")]
    [InlineData("harbourcoast", "Ferry fares to rise - Harbour Coast Live Weekly")]
    [InlineData("harbourcoast", "Ferry fares to rise - Harbour Coast live")]
    [InlineData("harbourcoast", "Ferry fares to rise - Harbour Coastal Live")]
    [InlineData("coastharbour", "Ferry fares to rise - Harbour Coast Live")]
    public void Another_handle_or_another_title_name_keeps_the_share_name(string siteName, string title) =>
        Assert.Equal(siteName, GluedSiteName.Spaced(siteName, title));

    [Fact]
    public void A_page_whose_share_card_names_the_handle_takes_the_titles_name()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");

        Assert.Equal("Harbour Coast Live", page.Site);
    }

    private const string Page = """
        <html><head><title>Ferry fares to rise on the island routes - Harbour Coast Live</title>
        <meta property="og:site_name" content="harbourcoast"></head><body>
        <header><a id="logo" href="/">harbourcoast</a></header>
        <article><h1>Ferry fares to rise on the island routes</h1>
        <div itemprop="publisher" itemscope itemtype="https://schema.org/NewsMediaOrganization"><meta itemprop="name" content="harbourcoast"></div>
        <div class="article-body" itemprop="articleBody">
        <p>The harbour board said on Monday that fares on the island ferries will rise by a tenth from the start of next month.</p>
        <p>Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.</p>
        </div></article></body></html>
        """;
}
