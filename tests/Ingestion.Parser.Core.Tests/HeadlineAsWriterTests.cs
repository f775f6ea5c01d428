using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineAsWriterTests
{
    [Fact]
    public void A_name_that_is_the_headline_is_dropped()
    {
        Assert.Empty(HeadlineAsWriter.Without(["SUMMER SWIMMERS"], "Summer Swimmers"));
    }

    [Fact]
    public void A_writer_other_than_the_headline_stays()
    {
        Assert.Equal(["Lena Voss"], HeadlineAsWriter.Without(["Lena Voss"], "SUMMER SWIMMERS"));
    }

    [Fact]
    public void A_blogs_capital_headline_over_its_date_line_is_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>SUMMER SWIMMERS | lakeblog.example</title></head><body>
            <header><h1 class="site-title"><a href="/">lakeblog.example</a></h1>
            <nav class="main-navigation"><ul id="menu-main" class="menu"><li><a href="/garden/">GARDEN</a><ul class="sub-menu">
            <li><a href="/garden/seeds/">SEED SWAPS</a></li><li><a href="/garden/tools/">OLD TOOLS</a></li></ul></li>
            <li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul></nav></header>
            <main><article><header class="entry-header"><h1 class="entry-title">SUMMER SWIMMERS</h1>
            <div class="entry-meta"> Fr 12. Juli 2019, 09:15 | <span class="cat-links"><a href="/category/lake/" rel="category tag">LAKE</a></span></div></header>
            <div class="entry-content"><p>Jeden Morgen gehen wir vor der Arbeit an den kleinen See hinter dem Dorf, solange das Wasser noch ganz still ist und niemand sonst dort schwimmt.</p>
            <p>Im August wird es dort voller, aber im Juli haben wir den Steg fast immer für uns allein, und das genießen wir sehr.</p></div></article></main>
            </body></html>
            """), "page.html");

        Assert.Equal("SUMMER SWIMMERS", page.Title);
        Assert.Empty(page.Authors);
    }
}
