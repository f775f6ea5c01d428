using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoBoxLinkNameTests
{
    private static ParsedPage Parse(string logoBox) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!doctype html><html lang="en"><head><title>Council Votes To Keep Harbour Ferry Running Through Winter</title>
        <meta value="Council Votes To Keep Harbour Ferry Running Through Winter" name="og:title"></head><body>
        <div id="root"><header class="header--article"><div id="header" class="header css-13o0o0s">{{logoBox}}
        <nav class="css-18q4zbr-PrimaryNav"><div><a href="https://www.harbourside.example/news">News</a></div><div><a href="https://www.harbourside.example/sport">Sport</a></div></nav>
        <ul><li><a href="https://www.harbourside.example/tv">TV, Streaming &amp; Movies</a></li><li><a href="https://www.harbourside.example/music">Music</a></li></ul>
        </div></header>
        <div class="css-1davbuc-ArticleContainer"><h1 class="css-1h8vhnh">Council Votes To Keep Harbour Ferry Running Through Winter</h1>
        <div class="css-1wkce1i-Byline"><span class="css-12trvnc">Dana Whitlock</span></div>
        <p class="css-1jq79hh"><span>Published&#xA0;<time datetime="2021-07-11T21:00:51+00:00">22:00,&#xA0;11 July 2021 BST</time></span></p>
        <div class="css-1xkm11p"><div class="css-ybl3t4"><p>The harbour ferry will keep running through the winter after the council voted on Tuesday to cover its fuel costs.</p></div>
        <div class="css-ybl3t4"><p>Commuters had warned that the crossing was the only way to reach the hospital without a forty-minute drive around the bay.</p></div></div>
        </div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void The_home_link_text_in_the_headers_logo_box_names_the_site()
    {
        var page = Parse("""<div class="css-1x84rct-LogoContainer"><a class="css-1wky2o0-margin" href="https://www.harbourside.example/"><span class="css-10f0bc5">Harbourside</span><svg width="107px" height="48px" viewBox="0 0 107 48"></svg></a></div>""");
        Assert.Equal("Harbourside", page.Site);
    }

    [Fact]
    public void An_svg_logos_own_title_names_no_site()
    {
        var page = Parse("""<div class="css-1x84rct-LogoContainer"><a href="https://www.harbourside.example/"><svg viewBox="0 0 107 48"><title>Harbourside.example Logo</title></svg></a></div>""");
        Assert.NotEqual("Harbourside.example Logo", page.Site);
    }

    [Fact]
    public void A_logo_box_with_a_tagline_beside_the_link_names_no_site_by_it()
    {
        var page = Parse("""<div class="site-logo"><a href="https://www.harbourside.example/"><span>Harbourside</span></a><span>News for the bay, every day since 1998</span></div>""");
        Assert.NotEqual("Harbourside", page.Site);
    }
}
