using System.Text;
using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticlelessWebPageDateTests
{
    [Theory]
    [InlineData("""{"@type":"WebPage","datePublished":"2018-05-09T08:12:40+00:00"}""", "2018-05-09T08:12:40+00:00")]
    [InlineData("""{"@type":"ItemPage","datePublished":"2018-05-09"}""", "2018-05-09")]
    [InlineData("""{"@type":"WebSite","datePublished":"2018-05-09T08:12:40+00:00"}""", null)]
    [InlineData("""{"@type":"WebPage","name":"Home"}""", null)]
    public void A_web_pages_publication_time_is_read(string node, string? expected)
    {
        using var json = JsonDocument.Parse(node);

        Assert.Equal(expected, ArticlelessWebPageDate.Read(json.RootElement));
    }

    [Fact]
    public void A_graph_with_a_web_page_and_no_article_dates_the_post()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Bowl Jam 2018 am Kiesweiher - Board Weekly</title>
            <meta property="og:site_name" content="Board Weekly" />
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://boardweekly.example/#website","name":"Board Weekly"},
            {"@type":"WebPage","@id":"https://boardweekly.example/news/bowl-jam.html#webpage","name":"Bowl Jam 2018 am Kiesweiher - Board Weekly","datePublished":"2018-05-09T08:12:40+00:00","dateModified":"2018-05-09T09:01:00+00:00"}]}</script>
            </head><body><h1>Bowl Jam 2018 am Kiesweiher</h1><date class="meta__date">9th May 2018</date>
            <div class="article-copy"><p>Der Bowl Jam geht in die vierte Runde: Am Kiesweiher treffen sich im Juni wieder die besten Fahrer aus dem Süden.</p>
            <p>Neben dem Contest gibt es eine Test Area, Foodtrucks und am Abend ein Konzert am Ufer des Weihers.</p></div></body></html>
            """), "page.html");

        Assert.Equal("2018-05-09T08:12:40+00:00", page.PublishedAt);
    }

    [Fact]
    public void An_articles_time_in_the_same_graph_outranks_the_web_pages()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Bowl Jam 2018 am Kiesweiher</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","@id":"https://boardweekly.example/news/bowl-jam.html#webpage","datePublished":"2018-05-01T08:00:00+00:00"},
            {"@type":"Article","headline":"Bowl Jam 2018 am Kiesweiher","datePublished":"2018-05-09T08:12:40+00:00"}]}</script>
            </head><body><h1>Bowl Jam 2018 am Kiesweiher</h1>
            <div class="article-copy"><p>Der Bowl Jam geht in die vierte Runde: Am Kiesweiher treffen sich im Juni wieder die besten Fahrer aus dem Süden.</p>
            <p>Neben dem Contest gibt es eine Test Area, Foodtrucks und am Abend ein Konzert am Ufer des Weihers.</p></div></body></html>
            """), "page.html");

        Assert.Equal("2018-05-09T08:12:40+00:00", page.PublishedAt);
    }
}
