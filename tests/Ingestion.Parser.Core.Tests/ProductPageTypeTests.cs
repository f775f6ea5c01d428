using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProductPageTypeTests
{
    [Theory]
    [InlineData("product", true)]
    [InlineData("product.item", true)]
    [InlineData("og:product", true)]
    [InlineData("article", false)]
    [InlineData("website", false)]
    [InlineData(null, false)]
    public void The_open_graph_type_names_a_product_page(string? type, bool product) => Assert.Equal(product, ProductPageType.Is(type));

    [Fact]
    public void A_product_pages_author_meta_names_no_writer()
    {
        const string page = """
            <html><head><title>Lindenhof Apfelsaft | saftladen</title><meta property="og:type" content="product" />
            <meta name="author" content="Jan Roth, Mia Falk saftladen, Germany" /></head>
            <body><h1>Lindenhof Apfelsaft naturtrüb</h1><div class="product--description">
            <p>Der Lindenhof liegt am Südhang über dem Neckar und wird seit drei Generationen von der Familie Berger bewirtschaftet.</p>
            <p>Gepresst wird gleich nach der Ernte in der eigenen Kelter, ohne Zusatz von Zucker oder Konzentrat.</p></div></body></html>
            """;
        Assert.Empty(HtmlPageSplitter.Split(page).Authors);
    }

    [Fact]
    public void An_articles_author_meta_still_names_its_writer()
    {
        const string page = """
            <html><head><title>Apfelernte am Neckar | Neckarbote</title><meta property="og:type" content="article" />
            <meta name="author" content="Jan Roth" /></head>
            <body><h1>Apfelernte am Neckar</h1><div class="entry-content">
            <p>Auf den Streuobstwiesen am Neckar hat die Apfelernte begonnen, zwei Wochen früher als im vergangenen Jahr.</p>
            <p>Die Obstbauern rechnen mit einer guten Ernte, weil der Frost im Frühjahr ausgeblieben ist.</p></div></body></html>
            """;
        Assert.Equal(["Jan Roth"], HtmlPageSplitter.Split(page).Authors);
    }
}
