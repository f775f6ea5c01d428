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
    public void A_sidebar_whose_only_h1_heads_a_picks_widget_is_still_a_sidebar()
    {
        Assert.True(Is("""
            <main class="entry-content"><h2>Paper Lanterns Over the Canal</h2><p>Text.</p></main>
            <div id="secondary" class="widget-area"><aside class="widget widget_text"><div class="textwidget"><p><a href="https://host.example/"><svg></svg></a></p>
            <p><span class="caption">Lantern Weekly is hosted by Harbourline Servers</span></p></div></aside>
            <aside class="widget widget_text"><div class="textwidget"><h1>Editor's Picks: Craft</h1><h2><a href="/pick">Folded Cranes in a Station Hall</a></h2></div></aside></div>
            """, "span.caption"));
    }

    [Fact]
    public void A_sidebar_box_that_holds_the_story_heading_outside_its_widgets_keeps_its_captions()
    {
        Assert.False(Is("""
            <div id="secondary"><h1>Paper Lanterns Over the Canal</h1>
            <div class="widget"><img src="/lantern.jpg"><span class="caption">Lanterns drift past the lock at dusk.</span></div></div>
            """, "span.caption"));
    }

    [Fact]
    public void A_hosting_line_in_a_sidebar_beside_a_picks_widget_is_not_read_as_a_caption_of_the_post()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Paper Lanterns Over the Canal | Lantern Weekly</title></head><body class="single single-post">
            <div id="content"><aside><div id="secondary" class="widget-area" role="complementary">
            <aside class="widget widget_text"><div class="textwidget"><div><p><span class="caption">Lantern Weekly is hosted by Harbourline Servers</span></p></div></div></aside>
            <aside class="widget widget_text"><div class="textwidget"><div class="highlights"><h1>Editor's Picks: Craft</h1>
            <h2><a href="/pick-one">Folded Cranes Fill a Station Hall</a></h2><h2><a href="/pick-two">A Kite Maker Works in Rice Paper</a></h2></div></div></aside>
            </div></aside>
            <main id="posts" class="entry-content"><h2><a href="/lanterns">Paper Lanterns Over the Canal</a></h2>
            <div class="wp-caption alignnone"><img src="/lantern-1.jpg" alt=""><p class="wp-caption-text">The lock at Millbrook at dusk</p></div>
            <p>Every autumn the canal society floats three hundred paper lanterns from the upper lock to the old mill, each one folded by a volunteer.</p>
            <p>The lanterns are weighted with wet sand so they drift slowly, and the walk along the towpath takes most of an hour.</p>
            </main></div></body></html>
            """), "page.html");

        Assert.Equal(["The lock at Millbrook at dusk"], page.Captions);
    }
}
