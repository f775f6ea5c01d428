using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SidebarWidgetCaptionTests
{
    private static bool Is(string html, string selector)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return SidebarWidgetCaption.Is(document.QuerySelector(selector)!);
    }

    [Fact]
    public void A_sidebar_widgets_badge_caption_is_no_story_caption()
    {
        Assert.True(Is("""
            <div class="main-wrapper"><div class="post"><h1>Roses in June</h1><p>Text.</p></div></div>
            <div class="sidebar-wrapper"><div class="sidebar section" id="sidebar"><div class="widget Image" id="Image4"><h2>Best Garden Blog 2018</h2>
            <a href="/award"><img src="/badge.png" alt="Best Garden Blog 2018"></a><br><span class="caption">Chosen by our readers</span></div></div></div>
            """, "span.caption"));
    }

    [Fact]
    public void A_caption_in_the_post_beside_a_theme_wrapper_named_for_the_sidebar_stays()
    {
        Assert.False(Is("""
            <div class="content-sidebar-wrap"><main class="content"><article><h1>Roses in June</h1>
            <div class="widget-like"><img src="/rose.jpg"><span class="caption">The climbing rose by the gate.</span></div></article></main></div>
            """, "span.caption"));
    }

    [Fact]
    public void A_blogs_sidebar_award_caption_is_not_read_as_a_caption_of_the_post()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Roses in June</title></head><body>
            <div class="main-wrapper"><div class="post hentry"><h1 class="post-title entry-title">Roses in June</h1>
            <div class="post-body entry-content"><p>The climbing roses by the old gate opened early this year, two weeks before the ones on the south wall.</p>
            <p>We cut the first bunch for the kitchen table on Sunday and the scent filled the whole house by the evening.</p></div></div></div>
            <div class="sidebar-wrapper"><div class="sidebar section" id="sidebar"><div class="widget Image" id="Image4"><h2>Best Garden Blog 2018</h2>
            <a href="/award"><img src="/badge.png" alt="Best Garden Blog 2018"></a><br><span class="caption">Chosen by our readers</span></div></div></div>
            </body></html>
            """), "page.html");

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_hosting_line_in_a_sidebar_widget_beside_a_picks_widget_with_its_own_h1_is_no_story_caption()
    {
        Assert.True(Is("""
            <aside><div id="secondary" class="widget-area"><aside class="widget widget_text"><div class="textwidget">
            <p><a href="https://host.example/"><svg></svg></a></p><p><span class="caption">Lantern is hosted by Quayside Servers</span></p></div></aside>
            <aside class="widget widget_text"><div class="textwidget"><h1>Editor's Picks: Pottery</h1><h2><a href="/a">A kiln by the river</a></h2></div></aside>
            </div></aside><main class="entry-content"><h2>Glazes in the Harbour Light</h2><p>Text.</p></main>
            """, "span.caption"));
    }

    [Fact]
    public void A_caption_in_a_sidebar_area_that_holds_the_storys_own_h1_outside_any_widget_stays()
    {
        Assert.False(Is("""
            <div id="secondary"><h1>Glazes in the Harbour Light</h1>
            <aside class="widget"><img src="/kiln.jpg"><span class="caption">The kiln at the quay.</span></aside></div>
            """, "span.caption"));
    }

    [Fact]
    public void A_sidebar_hosting_caption_is_not_read_beside_a_story_whose_sidebar_has_a_picks_heading()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Glazes in the Harbour Light | Lantern</title><meta property="og:site_name" content="Lantern"></head><body>
            <div id="content"><aside><div id="secondary" class="widget-area" role="complementary">
            <aside class="widget widget_text"><div class="textwidget"><p><a href="https://host.example/"><svg></svg></a></p>
            <p><span class="caption">Lantern is hosted by <a href="https://host.example/">Quayside Servers</a></span></p></div></aside>
            <aside class="widget widget_text"><div class="textwidget"><div class="highlights"><h1>Editor's Picks: Pottery</h1>
            <div class="highlight_module"><h2><a href="/2020/07/kiln">A Wood-Fired Kiln Burns for Nine Days by the River</a></h2></div></div></div></aside>
            </div></aside>
            <main id="posts" class="entry-content"><h2><a href="/2020/07/glazes">Glazes in the Harbour Light</a></h2>
            <p>A potter on the east quay has spent four winters mixing glazes from the sand, shells and clay she gathers along the harbour wall at low tide.</p>
            <p>Her newest bowls carry the grey-green of the water at dusk, and a small show of them opens at the ferry terminal gallery next month.</p></main></div>
            </body></html>
            """), "page.html");

        Assert.Empty(page.Captions);
    }
}
