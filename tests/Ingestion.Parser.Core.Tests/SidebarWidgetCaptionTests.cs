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
}
