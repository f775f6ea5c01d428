using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A picture's media item's source, alone in the box under the picture, is its credit (MediaObjectSourceCredit).</summary>
public class MediaObjectSourceCreditTests
{
    private static ParsedPage Parse(string media, string info = "") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>How to Keep a Ferry Crew Through the Winter | Harbour Business Center</title></head><body>
        <article id="article-section"><h1 id="article-title" itemprop="name">How to Keep a Ferry Crew Through the Winter</h1>
        <div class="article-info"><p itemprop="author" itemscope itemtype="http://schema.org/Person">By <span itemprop="name">Mara Quell</span></p>{{info}}</div>
        <div class="entry-content">{{media}}
        <div class="article-text" itemprop="articleBody">
        <p>A ferry crew that stays through the winter is worth more than any new boat, and the owners who know it plan for it in the summer.</p>
        <p>Pay the winter bonus in November, not in March, and ask the crew which runs they would rather drop when the ice comes.</p>
        </div></div></article></body></html>
        """), "ferry-crew.html");

    private const string Picture = """<div class="m"><a href="#"><img src="/img/ferry-deck.jpg" alt="ferry, deck, winter"></a></div>""";

    [Fact]
    public void The_source_organization_of_the_pictures_media_item_under_it_is_its_credit()
    {
        var page = Parse($$"""
            <div class="slideshow" itemprop="associatedMedia" itemscope itemtype="http://schema.org/MediaObject"><ul><li>{{Picture}}
            <div class="summary"><p itemprop="sourceOrganization" itemscope itemtype="http://schema.org/Organization"><span class="source" itemprop="name">HARBOUR PRESS</span></p></div></li></ul></div>
            """);

        Assert.Equal(["HARBOUR PRESS"], page.Captions);
    }

    [Fact]
    public void The_articles_source_organization_beside_its_byline_is_no_pictures_credit()
    {
        var page = Parse(
            $$"""<div class="slideshow"><ul><li>{{Picture}}<div class="summary"><span class="source" itemprop="sourceOrganization">Harbour Wire</span></div></li></ul></div>""",
            """<div itemprop="sourceOrganization" itemscope itemtype="http://schema.org/Organization"><a itemprop="name" href="http://wire.example/">Harbour Wire</a></div>""");

        Assert.Empty(page.Captions);
    }
}
