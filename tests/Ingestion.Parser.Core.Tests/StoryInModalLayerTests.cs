using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StoryInModalLayerTests
{
    private const string Story = """
        <article data-type="story">
        <p>LISBON (AP) — A cargo ferry lost power off the coast on Thursday and drifted for six hours before tugs reached it, the harbour authority said.</p>
        <p>The crew of eleven was unhurt, and the ferry was towed into port late in the evening, a spokeswoman for the authority said in a statement.</p>
        <p>Engineers were looking into the failure, which the operator described as a fault in the main switchboard of the ship.</p>
        <p>It was the second breakdown on the route this year; in March another ferry of the same line lost its steering in a storm.</p>
        </article>
        """;

    private static string Page(string layerClass, string layerContent) => $$"""
        <html><head><title>Ferry drifts for hours after losing power</title></head><body>
        <div id="index"><ul><li><a href="/news/one.html"><h3>Council backs new bridge plan</h3></a></li>
        <li><a href="/news/two.html"><h3>Storm closes mountain pass</h3></a></li></ul></div>
        <div id="app"><div class="{{layerClass}}">
        <header class="story-header"><h1>Ferry drifts for hours after losing power</h1></header>
        <div class="author-name">Ana Ribeiro</div>
        {{layerContent}}
        </div></div></body></html>
        """;

    [Fact]
    public void A_story_opened_in_a_modal_layer_over_the_index_is_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("render-target-modal modal-open_D(b) Pos(a)", Story)), "page.html");

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("LISBON (AP)", page.BodyParagraphs[0]);
        Assert.Equal("Ferry drifts for hours after losing power", page.Title);
    }

    [Fact]
    public void A_modal_or_popup_without_an_article_is_furniture()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="modal newsletter-modal"><p>Get the morning briefing in your inbox. Sign up now and never miss a story.</p></div>
            <div class="popup"><article><p>Short.</p></article></div></body></html>
            """);

        Assert.All(document.QuerySelectorAll("div"), box => Assert.False(StoryInModalLayer.Is(box)));
    }

    [Fact]
    public void A_layer_named_a_popup_holding_the_article_is_the_story()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"story-popup\">" + Story + "</div></body></html>");

        Assert.True(StoryInModalLayer.Is(document.QuerySelector("#story-popup")!));
    }
}
