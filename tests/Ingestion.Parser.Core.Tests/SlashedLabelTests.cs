using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlashedLabelTests
{
    private static ParsedPage Parse(string label) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html> <html> <head> <title>The Harbour Choir's Singer On Her First Winter At Sea | Quay Nightly</title>
        <meta value="Quay Nightly" name="og:site_name"><meta name="news_keywords" value="Mira Holt, Harbour Choir, winter tour, ferry, Quay Magazine">
        <meta itemprop="datePublished" value="2016-12-12T06:00:00Z"></head> <body>
        <div id="article-detail" class="article-detail"> <div class="article-meta"> <h1 class="article__title"> The Harbour Choir's Singer On Her First Winter At Sea </h1>
        <p class="entry-meta"> <span class="entry-meta__author"> <span class="u-lc">by</span> <a href="/authors/ola-brenner">Ola Brenner</a> </span></p> </div>
        <div id="text-1" class="post-content text-block clearfix"> <section><p>Mira Holt spent the winter singing on the night ferry between the two harbours, and she says it changed the way she hears her own voice.</p><p>"The engines are a choir of their own," she tells the magazine. "You learn to sing over them, and then you learn to sing with them."</p></section> </div>
        <div id="text-2" class="post-content text-block clearfix"> <section><p>The choir will tour the coast in spring, with three nights in the old boathouse and one on the quay itself if the weather holds.</p><p>Quay Magazine's spring issue is on sale from the first of March.</p></section> </div>
        <div class="entry_footer clear"> <div class="categories"> <span class="categories__label">{{label}}</span> <a class="categories__link" href="/news/mira_holt" rel="category tag">Mira Holt</a> , <a class="categories__link" href="/news/harbour_choir" rel="category tag">Harbour Choir</a> , <a class="categories__link" href="/news/music" rel="category tag">Music</a> </div> </div>
        </div></body></html>
        """), "choir.html");

    [Fact]
    public void A_tags_label_with_a_slash_for_its_colon_heads_the_shown_tags()
    {
        var page = Parse("TAGS/");

        Assert.Equal(["Mira Holt", "Harbour Choir", "Music"], page.Tags);
        Assert.Equal("Quay Magazine's spring issue is on sale from the first of March.", page.BodyParagraphs[^1]);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("TAGS", StringComparison.Ordinal));
    }

    [Fact]
    public void The_slashed_label_reads_as_its_colon_form_does()
    {
        var slashed = Parse("TAGS/");
        var colon = Parse("TAGS:");

        Assert.Equal(colon.Tags, slashed.Tags);
        Assert.Equal(colon.BodyParagraphs, slashed.BodyParagraphs);
    }

    [Fact]
    public void Other_words_before_a_slash_label_no_tag_row()
    {
        var page = Parse("SEE ALSO/");

        Assert.NotEqual(["Mira Holt", "Harbour Choir", "Music"], page.Tags);
    }
}
