using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PageMapArticleMetasTests
{
    private const string Page = """
        <html><head><title>Ferry crews honoured at the harbour dinner | Quay News</title>
        <!--
        <PageMap><DataObject type="document">
        <Attribute name="article_title">Ferry crews honoured at the harbour dinner</Attribute>
        <Attribute name="article_author">Ina Vole, Quay News | The Harbour Gazette</Attribute>
        </DataObject></PageMap>
        -->
        <meta name="article_publication_name" content="Quay News" />
        <meta name="article_author" content="Ina Vole, Quay News | The Harbour Gazette" />
        <meta name="article_date_original" content="Tuesday, March 11, 2014,  6:45 PM" />
        <meta name="article_date_updated" content="Wednesday, March 12, 2014,  9:02 AM" />
        <meta property="og:site_name" content="Quay News"></head><body>
        <div class="entry-content">
        <p>The harbour board gave its yearly awards to the ferry crews on Tuesday night, in the old customs hall on the quay.</p>
        <p>The night crossing's crew took the main prize for a winter without a missed sailing, the first in nine years.</p>
        </div></body></html>
        """;

    [Fact]
    public void A_page_that_shows_no_byline_or_time_takes_them_from_the_pagemap_article_metas()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "awards.html");
        Assert.Equal(["Ina Vole"], page.Authors);
        Assert.Equal("2014-03-11T18:45:00", page.PublishedAt);
    }

    [Fact]
    public void An_author_meta_and_a_published_time_meta_go_before_the_pagemap_metas()
    {
        var html = Page.Replace("<meta property=\"og:site_name\"", "<meta name=\"author\" content=\"Piet Kornell\" /><meta property=\"og:site_name\"")
            .Replace("<meta name=\"article_publication_name\"", "<meta property=\"article:published_time\" content=\"2014-03-11T22:15:00+00:00\" /><meta name=\"article_publication_name\"");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "awards.html");
        Assert.Equal(["Piet Kornell"], page.Authors);
        Assert.Equal("2014-03-11T22:15:00+00:00", page.PublishedAt);
    }
}
