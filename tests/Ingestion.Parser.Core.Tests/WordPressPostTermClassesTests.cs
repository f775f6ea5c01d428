using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WordPressPostTermClassesTests
{
    private static AngleSharp.Dom.IElement Element(string markup) =>
        new HtmlParser().ParseDocument($"<html><body>{markup}</body></html>").Body!.FirstElementChild!;

    [Fact]
    public void A_post_boxs_tag_and_category_classes_leave_its_class() =>
        Assert.Equal("single-post-view post-77 post type-post status-publish format-standard hentry",
            WordPressPostTermClasses.Without(Element("""<section class="single-post-view post-77 post type-post status-publish format-standard hentry category-comments tag-social-media tag-harbour"></section>""")));

    [Fact]
    public void A_custom_taxonomys_keyword_classes_leave_it_too() =>
        Assert.Equal("post-81 post type-post status-publish format-standard hentry",
            WordPressPostTermClasses.Without(Element("""<article class="post-81 post type-post status-publish format-standard hentry category-outdoor keyword-day-pack keyword-trail-shoes"></article>""")));

    [Theory]
    [InlineData("""<div class="tag-links"></div>""", "tag-links")]
    [InlineData("""<div class="keyword-list"></div>""", "keyword-list")]
    [InlineData("""<div class="widget tag-cloud category-list"></div>""", "widget tag-cloud category-list")]
    [InlineData("""<div class="share-box"></div>""", "share-box")]
    public void Other_boxes_keep_their_class(string markup, string className) =>
        Assert.Equal(className, WordPressPostTermClasses.Without(Element(markup)));

    [Fact]
    public void A_post_in_a_section_classed_with_its_tags_keeps_its_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Lantern walk on Saturday › Harbour Greens Westfold</title></head><body>
            <div id="content">
            <section id="post-77" class="single-post-view post-77 post type-post status-publish format-standard hentry category-allgemein tag-lantern-walk tag-social-media tag-westfold">
            <header class="header"><h1 class="post-title">Lantern walk on Saturday</h1></header>
            <article class="article">
            <p>On Saturday at six the Harbour Greens walk with lanterns from the old ferry pier to the town hall, and we invite everyone to join us.</p>
            <p>We walk for a harbour that stays open to the public, with benches, trees and room for the weekly market that the new plan would push out.</p>
            <p><strong>Start at six at the ferry pier</strong></p>
            <p>Speakers from the neighbourhood council and the fishermen's union open the walk before we set off along the quay.</p>
            </article>
            <footer class="footer meta"><span class="post-date">4. Oktober 2014</span>
            <aside class="tags">getaggt mit:<a href="/tags/lantern-walk/" rel="tag">Lantern walk</a><a href="/tags/westfold/" rel="tag">Westfold</a></aside></footer>
            </section></div>
            <section id="sidebar"><aside class="widget widget_tag_cloud"><h3>Schlagwörter</h3><div class="tagcloud"><a href="/tags/westfold/">Westfold</a></div></aside></section>
            </body></html>
            """), "post.html");

        Assert.Equal("Lantern walk on Saturday", page.Title);
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("On Saturday at six", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.Equal("Start at six at the ferry pier", page.BodyParagraphs[2]);
        Assert.Equal(["Lantern walk", "Westfold"], page.Tags);
    }
}
