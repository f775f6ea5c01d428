using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserCardArticleItemTests
{
    private static ParsedPage Parse(string cardType) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>Why Ferry Queues Teach Patience | Nora Lindqvist | Harbour Notes</title>
        <meta value="Harbour Notes" name="og:site_name"><meta value="Why Ferry Queues Teach Patience" name="og:title"></head><body>
        <div id="main"><div class="stream-sidebar"><ul class="stream-nav" role="tablist">
        <li itemscope="" itemtype="{{cardType}}" class="nav-item" role="tab"><a href="/pulse/ferry-queues"><div class="content">
        <span itemprop="headline" class="title">Why Ferry Queues Teach Patience</span><span itemprop="author" class="label">Nora Lindqvist<span class="influencer-badge">Top Voice</span></span></div></a></li>
        <li itemscope="" itemtype="{{cardType}}" class="nav-item" role="tab"><a href="/pulse/tide-tables"><div class="content">
        <span itemprop="headline" class="title">Reading Tide Tables Before Breakfast</span><span itemprop="author" class="label">Oskar Brandt</span></div></a></li>
        <li itemscope="" itemtype="{{cardType}}" class="nav-item" role="tab"><a href="/pulse/harbour-cafes"><div class="content">
        <span itemprop="headline" class="title">Three Harbour Cafes Worth the Walk</span><span itemprop="author" class="label">Mina Sato<span class="influencer-badge">Top Voice</span></span></div></a></li>
        </ul></div><div class="stream-content">
        <article itemscope="" itemtype="http://schema.org/BlogPosting" class="stream-article"><div class="article-header">
        <h2 class="title"><a class="name" href="/in/nlindqvist" rel="author"><span itemprop="author" rel="author">Nora Lindqvist</span></a></h2><p class="subtitle">Harbour pilot</p></div>
        <div class="article-content"><h1 itemprop="headline" class="article-title">Why Ferry Queues Teach Patience</h1>
        <div class="article-meta"><time itemprop="datePublished" datetime="2016-10-28T13:46:56.000Z" class="pub-date">Oct 28, 2016</time></div>
        <div itemprop="articleBody" class="article-body"><p>Every morning the line of cars at the ferry ramp grows a little longer, and every morning the drivers find a way to pass the time.</p>
        <p>Some read, some sleep, and a few walk down to the water to watch the boat come in across the bay.</p>
        <p>After twenty years of guiding those boats in, I have learned that the queue is where the town talks to itself.</p></div></div>
        </article></div></div></body></html>
        """), "ferry-queues.html");

    [Fact]
    public void The_story_item_after_a_stream_of_article_cards_names_the_writer_without_the_cards_badge()
    {
        var page = Parse("http://schema.org/Article");
        Assert.Equal(["Nora Lindqvist"], page.Authors);
    }

    [Fact]
    public void The_stream_cards_are_no_article_items_when_they_are_typed_otherwise()
    {
        var page = Parse("http://schema.org/CreativeWork");
        Assert.Equal(["Nora Lindqvist"], page.Authors);
    }
}
