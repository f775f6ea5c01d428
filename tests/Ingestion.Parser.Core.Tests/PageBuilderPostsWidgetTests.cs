using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PageBuilderPostsWidgetTests
{
    private static ParsedPage Parse(string widgetType) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise again</title></head><body>
        <div class="elementor-column"><h1>Ferry fares rise again</h1>
        <div class="elementor-widget-theme-post-content"><p>The harbour board raised the fares for the island ferry by a tenth on Monday, the third rise in two years.</p>
        <p>Commuters who cross every day will pay almost two hundred more a year, the passengers' association reckoned.</p>
        <p>The board said the new boats, due next spring, had cost more than it planned when it ordered them.</p></div></div>
        <div class="elementor-column"><h4 class="elementor-heading-title">Themen</h4>
        <div class="elementor-widget elementor-widget-posts" data-widget_type="{{widgetType}}"><article class="elementor-post">
        <a class="elementor-post__thumbnail__link" href="/2023/10/31/dredging-starts/"><img src="/dredging.jpg" alt=""></a>
        <div class="elementor-post__badge">Hafen</div></article></div>
        <div class="elementor-widget elementor-widget-posts" data-widget_type="{{widgetType}}"><article class="elementor-post">
        <a class="elementor-post__thumbnail__link" href="/2023/10/30/new-berths/"><img src="/berths.jpg" alt=""></a>
        <div class="elementor-post__badge">Fischerei</div></article></div>
        <div class="elementor-widget elementor-widget-posts" data-widget_type="{{widgetType}}"><article class="elementor-post">
        <a class="elementor-post__thumbnail__link" href="/2023/10/29/winter-timetable/"><img src="/timetable.jpg" alt=""></a>
        <div class="elementor-post__badge">Fähren</div></article></div>
        </div></body></html>
        """), "story.html");

    [Fact]
    public void The_category_badges_of_a_page_builders_post_cards_are_no_tags()
    {
        var page = Parse("posts.cards");
        Assert.Empty(page.Tags);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_widget_of_another_type_stays()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div data-widget_type=\"image.default\"><img src=\"/ferry.jpg\"></div><div data-widget_type=\"posts.cards\"><article>Hafen</article></div>");
        PageBuilderPostsWidget.Remove(document);
        Assert.NotNull(document.QuerySelector("[data-widget_type='image.default']"));
        Assert.Null(document.QuerySelector("[data-widget_type='posts.cards']"));
    }
}
