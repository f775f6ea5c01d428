using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagListBoxTests
{
    private static string Page(string tagBox) => $$"""
        <html><head><title>Obránce se vrací do sestavy - Zprávy.cz</title>
        <meta name="keywords" content="fotbal, obránce, liga, zranění, trenér">
        <meta property="og:site_name" content="Zprávy.cz"></head><body>
        <h1 class="article-title">Obránce se vrací do sestavy</h1>
        <div class="article"><div class="article__content">
        <p>Obránce se po třech týdnech vrací do sestavy, potvrdil v pondělí trenér na tiskové konferenci před zápasem.</p>
        <p>Zranění kotníku, které si přivodil v říjnu, se podle klubového lékaře zhojilo rychleji, než se čekalo.</p>
        </div>
        {{tagBox}}
        </div></body></html>
        """;

    [Fact]
    public void A_tag_list_the_page_shows_outranks_the_keywords_meta()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<div class="taglist"><a href="/liga/">liga</a> <a href="/fotbal/">Fotbal</a> <a href="/obrana/">Obrana</a></div>""")), "page.html");

        Assert.Equal(["liga", "Fotbal", "Obrana"], page.Tags);
    }

    [Fact]
    public void A_tag_box_named_in_the_bem_way_gives_the_tag_links_without_the_link_to_every_topic()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <aside class="post__rail"><div class="sidebar__tag-wrap"><a class="sidebar__tag" href="/tag/liga/"><span>liga</span></a><a class="sidebar__tag" href="/tag/fotbal/"><span>Fotbal</span></a><a class="sidebar__tag" href="/topics">Every topic</a></div></aside>
            """)), "page.html");

        Assert.Equal(["liga", "Fotbal"], page.Tags);
    }

    [Fact]
    public void The_tags_element_of_the_article_meta_box_outranks_the_keywords_meta_without_its_hash_marks()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <section class="article-meta"><div class="article-meta__field article-meta__published"><div class="article-meta__label">Erstveröffentlichung</div><div class="article-meta__value">31.10.2023</div></div>
            <div class="article-meta__field article-meta__tags " data-tags="2"><ul><li><a href="/thema/liga/"><em>#</em>Liga</a></li><li><a href="/thema/obrana/"><em>#</em>Obrana</a></li></ul></div></section>
            """)), "page.html");

        Assert.Equal(["Liga", "Obrana"], page.Tags);
    }

    [Fact]
    public void A_teaser_cards_tags_element_is_no_meta_box_and_leaves_the_keywords_meta()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <div class="teaser"><a href="/zpravy/jine/">Trenér prodloužil smlouvu</a><div class="teaser__tags"><a href="/thema/trener/">Trenér</a><a href="/thema/smlouva/">Smlouva</a></div></div>
            """)), "page.html");

        Assert.Equal(["fotbal", "obránce", "liga", "zranění", "trenér"], page.Tags);
    }

    [Fact]
    public void Without_a_shown_list_the_keywords_meta_gives_the_tags()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("")), "page.html");

        Assert.Equal(["fotbal", "obránce", "liga", "zranění", "trenér"], page.Tags);
    }

    [Fact]
    public void An_unlabelled_row_of_rel_tag_links_beside_a_tag_icon_outranks_the_keywords_meta()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <div class="post-tags"><img src="tag.gif" /> <a href="/tags/liga" rel="tag">liga</a>, <a href="/tags/obrana" rel="tag">Obrana</a>, <a href="/tags/kotnik" rel="tag">kotník</a> </div>
            """)), "page.html");

        Assert.Equal(["liga", "Obrana", "kotník"], page.Tags);
    }

    [Theory]
    [InlineData("""<div class="meta"><a href="/c/sport" rel="category tag">Sport</a>, <a href="/c/liga" rel="category tag">Liga</a></div>""")]
    [InlineData("""<div class="meta">Filed by <a href="/tags/liga" rel="tag">liga</a> and <a href="/tags/obrana" rel="tag">Obrana</a></div>""")]
    [InlineData("""<div class="meta"><a href="/tags/liga" rel="tag">liga</a></div>""")]
    public void Category_links_a_row_with_words_between_or_one_link_give_no_row(string box)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body>" + box + "</body></html>");
        Assert.Empty(TagListBox.RelTagRow(document));
    }
}
