using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteBesideHeadingInTitleTests
{
    private const string Page = """
        <html><head><title>Botanik: Das Rätsel der blauen Moose - Wissen Monatlich</title>
        <meta name="description" content="Warum manche Moose blau schimmern."><meta property="og:title" content="Botanik: Warum manche Moose blau schimmern"></head><body>
        <header><nav class="header__nav"><ul class="menu"><li class="item context"><a>Magazine</a><div><ul><li><a href="/m/1">Geist und Hirn</a></li><li><a href="/m/2">Sterne Heute</a></li></ul></div></li>
        <li class="item context"><a>Service</a><div><ul><li><a href="/newsletter">Newsletter</a></li></ul></div></li></ul></nav></header>
        <article class="content"><ol class="breadcrumbs"><li><a href="/">Startseite</a></li><li><a href="/biologie">Biologie</a></li><li><h1>Botanik: Das Rätsel der blauen Moose</h1></li></ol>
        <ul class="content__meta"><li class="content__meta__date">19.07.2022</li></ul>
        <header><h2><span class="content__kicker">Botanik</span>: <span class="content__title">Warum manche Moose blau schimmern</span></h2>
        <div class="content__author"><a href="#author" class="line">Ilse Varga</a></div></header>
        <div class="row"><p>Auf den ersten Blick sehen sie aus wie gewöhnliche grüne Polster, doch im Schatten alter Bäume schimmern manche Moose tiefblau.</p>
        <p>Forscherinnen haben nun herausgefunden, dass winzige Strukturen in den Zellwänden das Licht brechen und so die Farbe entstehen lassen.</p></div>
        </article></body></html>
        """;

    [Fact]
    public void The_title_after_the_pages_h1_names_the_site()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "moose.html");
        Assert.Equal("Warum manche Moose blau schimmern", page.Title);
        Assert.Equal("Wissen Monatlich", page.Site);
    }

    [Fact]
    public void A_title_that_does_not_open_with_an_h1_gives_no_site_this_way()
    {
        var html = Page.Replace("<title>Botanik: Das Rätsel der blauen Moose - Wissen Monatlich</title>", "<title>Wissen Monatlich - Botanik und mehr</title>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "moose.html");
        Assert.NotEqual("Botanik und mehr", page.Site);
    }
}
