using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteAccountBylineTests
{
    [Theory]
    [InlineData("The Harbour Ledger", "The Harbour Ledger", true)]
    [InlineData("Harbour Ledger", "The Harbour Ledger", true)]
    [InlineData("harbour", "Harbour Ledger", true)]
    [InlineData("harbourledger", "Harbour Ledger", true)]
    [InlineData("Harbour", "Harbour Ledger", false)]
    [InlineData("mholt", "Harbour Ledger", false)]
    [InlineData("Mara Holt", "Harbour Ledger", false)]
    [InlineData("By The Harbour Ledger", "The Harbour Ledger", true)]
    [InlineData("ledger", "Ledger", true)]
    [InlineData("ledgerdesk", "Ledger", false)]
    public void A_byline_naming_the_site_or_its_login_names_no_writer(string author, string site, bool account) =>
        Assert.Equal(account, SiteAccountByline.Names(author, site));

    [Fact]
    public void The_writer_the_text_names_signs_instead_of_the_sites_account()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Forest plan helps climate - The Harbour Ledger</title><meta property="og:site_name" content="The Harbour Ledger"></head><body>
            <article><h1>Forest plan helps climate</h1>
            <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/hl/">The Harbour Ledger</a><div class="td-author-line"> - </div></div>
            <div class="post-content">
            <p><em>Written by: <a href="https://example.org/a">Julie Brand</a></em></p>
            <p>Communities that hold their forest land have kept it standing far better than others, a new paper finds.</p>
            <p>The paper mapped tenure across fifty countries and compared the loss of intact forest on each kind of land.</p>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal(["Julie Brand"], page.Authors);
    }

    [Fact]
    public void A_sites_login_signing_with_no_writer_in_the_text_leaves_no_author()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>A Salute To Polo - Harbour Ledger</title><meta property="og:site_name" content="Harbour Ledger"></head><body>
            <article><h1>A Salute To Polo</h1>
            <aside class="post-author"><time datetime="2019-06-05T13:07:22+00:00">June 5, 2019</time> <em>by</em> <a href="/author/harbour/" rel="author">harbour</a></aside>
            <div class="post-content">
            <p>Polo is a complicated game to follow, and most of the action happens far away from where the crowd stands.</p>
            <p>The modern game was written down in London in the 1860s, and its rulebook still governs play at the big clubs.</p>
            </div></article></body></html>
            """), "page.html");

        Assert.Empty(page.Authors);
    }
}
