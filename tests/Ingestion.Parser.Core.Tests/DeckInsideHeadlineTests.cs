using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DeckInsideHeadlineTests
{
    private const string Page = """
        <html><head><title>Former Mayor Writes To New Councillors | The Civic Review</title>
        <meta property="og:title" content="What Nobody Told Me Before I Ran for Office" /><meta property="og:site_name" content="The Civic Review" /></head><body>
        <div class="article container"><div class="header"><div class="story title">
        <a href="/tags/politics" class="category">Politics</a><h5 class="date"><span content="2014-11-22T20:00:00-05:00">November 22, 2014</span></h5>
        <h1 class="title"><span class="headline" itemprop="name">What Nobody Told Me Before I Ran for Office</span>
        <span class="caption">A letter to a new councillor</span></h1></div></div>
        <div class="content"><div class="body text"><h5 class="ui author header">By <a href="/authors/tomas-wrenfield" rel="author">Tomas Wrenfield</a></h5>
        <div class="body" itemprop="articleBody"><p>You asked what I would have liked to know before my first campaign, and I have thought about it for longer than I expected to.</p>
        <figure><img src="/council.jpg"><figcaption class="caption">The council chamber on a quiet afternoon.</figcaption></figure>
        <p>The first thing is that nobody argues with your ideas; they argue with whether you have any right to hold them at all.</p></div></div></div></div>
        </body></html>
        """;

    [Fact]
    public void A_caption_classed_deck_inside_the_headline_is_no_caption_and_no_part_of_the_title()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "letter.html");
        Assert.Equal(["The council chamber on a quiet afternoon."], page.Captions);
        Assert.Equal("What Nobody Told Me Before I Ran for Office", page.Title);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("new councillor", StringComparison.Ordinal));
    }
}
