using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A logo whose alt tells the reader where the link goes ("Go to home") names no site.</summary>
public class GoToHomeLogoTests
{
    [Theory]
    [InlineData("Go to home")]
    [InlineData("Back to homepage")]
    public void A_logo_alt_that_says_where_it_goes_is_no_site(string alt)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Wilma Hart – GRDN | A Garden Guide</title><meta property="og:title" content="Wilma Hart"></head><body>
            <header><a href="/" id="theme-brand"><img alt="{alt}" src="/logo.png"></a></header>
            <main><article><h1>Wilma Hart</h1>
            <p>The painter spent two winters on the north coast, drawing the harbour in the fog before sunrise with an old box of chalks.</p>
            </article></main></body></html>
            """), "post.html");

        Assert.NotEqual(alt, page.Site);
    }

    [Fact]
    public void A_logo_alt_naming_the_site_is_the_site()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Wilma Hart</title><meta property="og:title" content="Wilma Hart"></head><body>
            <header><a href="/" id="theme-brand"><img alt="Garden Guide" src="/logo.png"></a></header>
            <main><article><h1>Wilma Hart</h1>
            <p>The painter spent two winters on the north coast, drawing the harbour in the fog before sunrise with an old box of chalks.</p>
            </article></main></body></html>
            """), "post.html");

        Assert.Equal("Garden Guide", page.Site);
    }
}
