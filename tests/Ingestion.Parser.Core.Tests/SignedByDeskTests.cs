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
}
