using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NestedReviewItemTests
{
    [Fact]
    public void A_products_review_item_is_one_and_a_review_page_is_not()
    {
        using var document = new HtmlParser().ParseDocument("""
            <article itemscope itemtype="http://schema.org/Review"><h1>Ein stiller Film</h1></article>
            <div itemscope itemtype="http://schema.org/Product"><div class="entry" itemprop="review" itemscope itemtype="http://schema.org/Review">Von: Andrea K.</div></div>
            """);
        Assert.False(NestedReviewItem.Is(document.QuerySelector("article")!));
        Assert.True(NestedReviewItem.Is(document.QuerySelector(".entry")!));
    }

    [Fact]
    public void A_customers_review_dates_no_shop_page()
    {
        const string page = """
            <html><head><title>Lindenhof Apfelsaft | saftladen</title></head>
            <body><div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Lindenhof Apfelsaft naturtrüb</h1>
            <div class="product--description" itemprop="description">
            <p>Der Lindenhof liegt am Südhang über dem Neckar und wird seit drei Generationen von der Familie Berger bewirtschaftet.</p>
            <p>Gepresst wird gleich nach der Ernte in der eigenen Kelter, ohne Zusatz von Zucker oder Konzentrat.</p></div>
            <div class="content--title">Kundenbewertungen für Lindenhof Apfelsaft naturtrüb</div>
            <div class="review--entry" itemprop="review" itemscope itemtype="http://schema.org/Review">
            <strong>Von:</strong> <span itemprop="author">Andrea K.</span> <strong>Am:</strong> <meta itemprop="datePublished" content="2015-03-14"><span>14.03.2015</span>
            <p itemprop="reviewBody"></p></div></div></body></html>
            """;
        var parsed = HtmlPageSplitter.Split(page);
        Assert.Null(parsed.PublishedAt);
        Assert.DoesNotContain("Andrea K.", parsed.Authors);
    }
}
