using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RewrittenShareTitleTests
{
    private static ParsedPage Parse(string documentTitle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{documentTitle}}</title>
        <meta property="og:title" content="Harbor council hires Ada Reyes to run the port">
        <meta property="og:site_name" content="Quayside"></head><body>
        <section class="trending"><h1>Trending</h1><h3>Gull steals chips from the mayor</h3></section>
        <article class="content"><header><h1> Breaking: Council picks Ada Reyes as port director </h1>
        <p class="by">Kai Monroe</p></header>
        <section class="body">
        <p>The harbor council has picked its deputy director Ada Reyes to run the port, the council announced on Friday morning after a closed session.</p>
        <p>Reyes has managed the container terminal for six years and oversaw the dredging of the outer channel, which finished last spring.</p>
        </section></article></body></html>
        """), "port.html");

    [Fact]
    public void The_h1_printing_the_document_title_outranks_a_rewritten_share_title()
    {
        var page = Parse(" Breaking: Council picks Ada Reyes as port director ");
        Assert.Equal("Breaking: Council picks Ada Reyes as port director", page.Title);
    }

    [Fact]
    public void A_document_title_of_other_words_leaves_the_share_title()
    {
        var page = Parse("Port news and notices");
        Assert.Equal("Harbor council hires Ada Reyes to run the port", page.Title);
    }
}
