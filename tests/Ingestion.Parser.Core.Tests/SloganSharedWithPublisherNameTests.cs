using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SloganSharedWithPublisherNameTests
{
    private static string Page(string publisherName, string logoAlt) => $$"""
        <html><head><title>Harbour lights switched on - Harbour Magazine - Good News for Harbour and the Bay</title>
        <meta property="og:site_name" content="Harbour Magazine - Good News for Harbour and the Bay"></head>
        <body><div class="header-logo"><a href="https://harbourmag.example/"><img src="/logo.png" alt="{{logoAlt}}"></a></div>
        <article itemscope itemtype="https://schema.org/Article"><h1 class="entry-title">Harbour lights switched on</h1>
        <div class="entry-content"><p>The lights along the harbour wall were switched on last night by the oldest member of the lifeboat crew.</p>
        <p>Several hundred people gathered on the quay, and the brass band played until the last ferry came in.</p></div>
        <meta itemprop="datePublished" content="2023-11-08T08:16:00+00:00">
        <span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{{publisherName}}"></span>
        </article></body></html>
        """;

    [Fact]
    public void A_publisher_repeating_the_share_cards_name_and_slogan_loses_the_slogan_the_logo_leaves_out()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Harbour Magazine - Good News for Harbour and the Bay", "Harbour Magazine")), "story.html");

        Assert.Equal("Harbour Magazine", page.Site);
    }

    [Fact]
    public void A_publisher_of_other_words_is_kept()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Bay Media Group", "Harbour Magazine")), "story.html");

        Assert.Equal("Bay Media Group", page.Site);
    }

    [Fact]
    public void A_share_card_whose_slogan_nothing_sets_apart_leaves_the_publisher()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Harbour Magazine - Good News for Harbour and the Bay", "Home")), "story.html");

        Assert.Equal("Harbour Magazine - Good News for Harbour and the Bay", page.Site);
    }
}
