using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineShownVerbatimTests
{
    private static ParsedPage Parse(string shareTitle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Post | Ferry fares to rise in May after fuel bill doubles</title>
        <meta property="og:title" content="{{shareTitle}}"><meta property="og:site_name" content="Harbour Post"></head><body>
        <header class="main-header"><h1 class="header-logo"><a href="/">hpost</a></h1></header>
        <main class="main-content"><article itemscope itemtype="http://schema.org/NewsArticle"><div class="full-article">
        <header><p class="main-section"><a href="/local">Local</a></p><h1 class="title" itemprop="name">Ferry fares to rise in May after fuel bill doubles</h1>
        <div class="article-tools-container"><ul class="share-tools"><li class="share-facebook"><a href="https://www.facebook.com/dialog/share" class="js-share" title="Facebook"><span>Facebook</span></a></li><li class="share-twitter"><a href="https://twitter.com/intent/tweet" class="js-share" title="Twitter"><span>Twitter</span></a></li><li class="share-mail"><a href="/email" title="Email"><span>Email</span></a></li></ul></div><div class="date-and-authors-wrapper"><p class="time-stamp publishedDate" datetime="2020-05-09T08:19:00Z" itemprop="datePublished">09.05.2020 09h19</p>
        <section class="signature single-author"><div class="author-container"><figure class="figure-person"><a href="/autores/harbour-post"><picture class="portrait"><img src="/img/harbour-post.png" alt="Harbour Post"></picture></a></figure>
        <div class="text-details author-text-details"><p class="author"><a href="/autores/harbour-post">Harbour Post</a></p></div></div></section></div>
        <h2 class="lead">The company blames the price of diesel.</h2></header>
        <div class="article-content">
        <p>The island ferry company said on Saturday that single fares would rise by a fifth from the first of May, as its fuel bill has doubled.</p>
        <p>Season tickets bought before the end of April keep their price, and pupils travelling to the mainland school still ride free.</p>
        </div>
        <section class="homepage"><h2 class="section-label">On the front page</h2>
        <article itemscope itemtype="http://schema.org/NewsArticle"><div class="text-details">
        <h1 class="title"><a href="/local/harbour-wall">Harbour wall repairs begin on the north quay next week</a></h1>
        <div class="inline-article-data"><div class="inner"><p class="time-stamp" datetime="2020-05-09T11:42:00Z">09.05.2020 12h42</p>
        <p class="author"><a href="/autores/harbour-post">Harbour Post</a></p></div></div></div></article>
        </section></div></article></main></body></html>
        """), "ferry.html");

    [Fact]
    public void A_rail_card_over_the_desks_byline_does_not_replace_a_headline_the_page_prints_word_for_word()
    {
        var page = Parse("Ferry fares to rise in May after fuel bill doubles");
        Assert.Equal("Ferry fares to rise in May after fuel bill doubles", page.Title);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("Ferry fares to rise in May", "Ferry fares to rise in May", true)]
    [InlineData("Ferry fares to rise in May", "Ferry Fares to Rise in May", false)]
    [InlineData("Ferry fares to rise in May", "", false)]
    public void Only_the_same_words_in_the_same_spelling_count(string title, string shown, bool verbatim) =>
        Assert.Equal(verbatim, HeadlineShownVerbatim.Is(title, shown));
}
