using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SignedByDeskTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour strike enters second week</title><meta property="og:site_name" content="The Coastal Ledger"></head><body>
        <main itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Harbour strike enters second week</h1>
        <footer class="footer-author"><div class="byline"><ul><li class="byline__author" itemscope itemtype="http://schema.org/Person" itemprop="author">
        <span class="byline__author-name" itemprop="name">{{byline}}</span></li></ul></div>
        <time itemprop="datePublished" datetime="2019-03-12T09:40+0000">12 March 2019 • 9:40am</time></footer>
        <article itemprop="articleBody"><p>Dock workers stayed off the quays for an eighth day on Tuesday, and two grain ships turned back to sea.</p>
        <p>The union said talks with the port authority would resume on Thursday, though neither side expects a deal this week.</p></article>
        </main></body></html>
        """), "page.html");

    [Theory]
    [InlineData("Our Overseas Staff")]
    [InlineData("<a href=\"/authors/metro-desk/\">Metro Desk</a>")]
    public void A_desk_in_the_bylines_microdata_names_no_writer(string byline)
    {
        Assert.Empty(Parse(byline).Authors);
    }

    [Fact]
    public void A_writer_in_the_bylines_microdata_is_the_author()
    {
        Assert.Equal(["Rosalind Achebe"], Parse("<a href=\"/authors/rosalind-achebe/\">Rosalind Achebe</a>").Authors);
    }

    [Theory]
    [InlineData("Our Overseas Staff", true)]
    [InlineData("Sentinel Staff", true)]
    [InlineData("Rosalind Achebe", false)]
    [InlineData("The Note", false)]
    [InlineData("Staff", false)]
    public void Desk_signatures(string name, bool desk)
    {
        Assert.Equal(desk, SignedByDesk.Is(name));
    }

    [Fact]
    public void A_json_ld_person_named_for_the_newsroom_alone_is_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>The day pack for spring hikes</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://trails.example/day-pack/#article","headline":"The day pack for spring hikes","datePublished":"2019-06-01T11:09:12+00:00","author":{"@id":"https://trails.example/author/desk/#author"}},{"@type":["Person"],"@id":"https://trails.example/author/desk/#author","name":"Redaktion"}]}</script>
            </head><body><main><article><h1>The day pack for spring hikes</h1>
            <div class="meta"><div class="meta__authorname"><a href="/about-desk/">Redaktion</a></div></div>
            <p>Spring is the best time for long walks on the ridge, when the paths are dry and the huts open again after the winter.</p>
            <p>Heavy boots carry a load on scree, light shoes are quicker on forest paths, and our tests found both worth their price. See you on the trail.</p>
            <p>Gruß, Die Redaktion</p></article></main></body></html>
            """), "page.html");

        Assert.Empty(page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
