using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuPanelCaptionTests
{
    private const string Menu = """
        <nav class="main-navigation"><a href="/">Home</a><a href="/garden">Garden</a><a href="/kitchen">Kitchen</a>
        <a href="/travel">Travel</a><a href="/about">About</a><a href="/contact">Contact</a></nav>
        """;

    private static bool Is(string html, string selector)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return MenuPanelCaption.Is(document.QuerySelector(selector)!);
    }

    [Fact]
    public void The_portrait_credit_in_an_off_canvas_menu_panel_is_no_story_caption() =>
        Assert.True(Is($"""
            <div class="sidetray-wrapper">{Menu}<div class="sidetray-blocks"><h1>Why not now?</h1><p>A blog for gardeners over fifty.</p>
            <nav class="social-icons"><a href="https://photos.example/greenfifty">Photos</a></nav>
            <div class="image-block"><img src="/portrait.jpg" alt="Portrait"><div class="image-caption"><p>Photo: Tilda Marsh / Garden Monthly</p></div></div></div></div>
            <main><article><h2>Roses in June</h2><p>The climbing roses opened early this year.</p></article></main>
            """, "div.image-caption"));

    [Fact]
    public void A_caption_in_the_article_stays() =>
        Assert.False(Is($"""
            {Menu}<main><article><h2>Roses in June</h2><div class="image-block"><img src="/rose.jpg" alt="Rose">
            <div class="image-caption"><p>The climbing rose by the gate.</p></div></div></article></main>
            """, "div.image-caption"));

    [Fact]
    public void A_caption_beside_a_few_share_icons_only_stays() =>
        Assert.False(Is("""
            <div class="story"><nav class="social-icons"><a href="/share/f">Share</a><a href="/share/t">Post</a></nav>
            <div class="image-block"><img src="/rose.jpg" alt="Rose"><div class="image-caption"><p>The climbing rose by the gate.</p></div></div></div>
            <main><article><p>Other text.</p></article></main>
            """, "div.image-caption"));

    [Fact]
    public void On_a_page_without_main_or_article_a_caption_beside_the_menu_stays() =>
        Assert.False(Is($"""
            <div class="page">{Menu}<div class="content"><h1>Roses in June</h1><img src="/rose.jpg" alt="Rose">
            <div class="image-caption"><p>The climbing rose by the gate.</p></div><p>The climbing roses opened early this year.</p></div></div>
            """, "div.image-caption"));

    [Fact]
    public void A_blogs_menu_panel_portrait_credit_is_not_read_as_a_caption_of_the_post()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Roses in June</title></head><body>
            <div class="sidetray-wrapper">{Menu}<div class="sidetray-blocks"><h1>Why not now?</h1><p>A blog for gardeners over fifty, with tips on roses and beds.</p>
            <div class="image-block"><img src="/portrait.jpg" alt="Portrait"><div class="image-caption"><p>Photo: Tilda Marsh / Garden Monthly</p></div></div></div></div>
            <main><article class="hentry"><h2 class="entry-title">Roses in June</h2>
            <p>The climbing roses by the old gate opened early this year, two weeks before the ones on the south wall.</p>
            <div class="image-block"><img src="/gate.jpg" alt="Gate"><div class="image-caption"><p><strong>The old gate</strong></p></div></div>
            <p>We cut them back hard in March and fed them twice, and the first buds came before the end of May.</p>
            </article></main></body></html>
            """), "post.html");

        Assert.Equal(["The old gate"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Tilda Marsh", StringComparison.Ordinal));
    }
}
