using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DoubleDashSiteSuffixTests
{
    private static ParsedPage Parse(string shareTitle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta property="og:title" content="{shareTitle}"><meta property="og:site_name" content="Tidewater Money">
        <title>{shareTitle}</title></head><body>
        <section class="article-header"><header><h1>Why Harbour Towns Are Betting on Ferries as Their Next Big Thing</h1></header></section>
        <section class="article-body"><span class="article-content">
        <p>Ferry operators along the coast have added routes for the first time in a decade, and two of them are now listed on the exchange.</p>
        <p>Harbor Freight Lines said its passenger numbers rose by a fifth last year, helped by a bridge closure and a cheaper monthly pass.</p>
        </span></section></body></html>
        """), "ferries.html");

    [Fact]
    public void A_site_name_after_a_spaced_double_hyphen_is_no_part_of_the_headline()
    {
        var page = Parse("Why Harbour Towns Are Betting on Ferries as Their Next Big Thing --  Tidewater Money");
        Assert.Equal("Why Harbour Towns Are Betting on Ferries as Their Next Big Thing", page.Title);
    }

    [Fact]
    public void Words_after_a_double_hyphen_inside_a_longer_share_title_stay()
    {
        var page = Parse("Why Harbour Towns Are Betting on Ferries as Their Next Big Thing--and why the bridges lose");
        Assert.Equal("Why Harbour Towns Are Betting on Ferries as Their Next Big Thing--and why the bridges lose", page.Title);
    }
}
