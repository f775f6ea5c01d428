using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OtherStoryCardWriterLinkTests
{
    private static ParsedPage Parse(string header) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry pier closes for winter repairs</title><meta property="og:site_name" content="Harbour Post"></head><body>
        <main><article class="story"><header class="story-header"><h1 class="headline">Ferry pier closes for winter repairs</h1>
        {{header}}
        <time datetime="2015-11-03T09:20+0000">3 November 2015 • 9:20am</time></header>
        <div class="story-body">
        <p>The north ferry pier closed on Monday for three months while divers replace the timber piles under its landing stage.</p>
        <p>Passengers will board from the old fish quay until the spring, and the harbour board has added two extra sailings a day.</p>
        </div></article></main>
        <aside class="onward"><h2>More stories</h2><ul class="cards">
        <li class="cards__item"><article class="card"><div class="card__content"><h2 class="card__headline"><a href="/news/2015/11/03/lighthouse-keeper-retires-after-forty-years/">Lighthouse keeper retires after forty years</a></h2>
        <div class="card__meta"><span class="byline"><a href="/authors/m/mo/mira-okafor/" class="byline__link"><span>By</span> <span class="byline__name">Mira Okafor</span></a></span></div></div></article></li>
        <li class="cards__item"><article class="card"><div class="card__content"><h2 class="card__headline"><a href="/news/2015/11/02/new-tide-gauge-for-the-estuary/">New tide gauge for the estuary</a></h2>
        <div class="card__meta"><span class="byline"><a href="/authors/m/mo/mira-okafor/" class="byline__link"><span>By</span> <span class="byline__name">Mira Okafor</span></a></span></div></div></article></li>
        </ul></aside></body></html>
        """), "pier.html");

    [Fact]
    public void A_writer_link_in_another_storys_card_names_no_writer_of_an_unsigned_story()
    {
        var page = Parse("");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writer_link_beside_the_storys_own_headline_still_names_the_writer()
    {
        var page = Parse("""<div class="meta"><a href="/authors/t/tb/tomas-berg/">Tomas Berg</a></div>""");

        Assert.Equal(["Tomas Berg"], page.Authors);
    }
}
