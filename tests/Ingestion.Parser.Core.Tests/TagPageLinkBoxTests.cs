using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagPageLinkBoxTests
{
    private const string Text = """
        <p>The council will hear on Tuesday from the ferry company and from the islanders who say the new winter timetable strands them.</p>
        <p>The company says the early crossing ran at a loss for three years and that the later boat carries more passengers than before.</p>
        """;

    private static string MicrodataPage(string box) => $"""
        <html><head><title>Ferry Timetable Quarrel Reaches the Council - Harbour Weekly</title><meta value="Harbour Weekly" name="og:site_name"></head><body>
        <article itemscope="" itemtype="http://schema.org/NewsArticle"><meta itemprop="keywords" value="post,Ferries,Island life,Timetables,,news,harbour,ferry-timetable-quarrel-reaches-the-council">
        <header><h1 class="title" itemprop="headline">Ferry Timetable Quarrel Reaches the Council</h1><h3 class="contributors">By Mara Quist</h3></header>
        <div itemprop="articleBody">{Text}</div>
        <footer><section class="article-contributors"><p>Mara Quist covers the islands.</p></section>{box}</footer></article></body></html>
        """;

    private static string KeywordsPage(string box) => $"""
        <html><head><title>Ferry Timetable Quarrel Reaches the Council | Harbour Weekly</title><meta value="Harbour Weekly" name="og:site_name">
        <meta name="news_keywords" value="News, Island Desk, ferries, timetables, islands"></head><body>
        <article><header><h1 class="ArticleHeader__hed">Ferry Timetable Quarrel Reaches the Council</h1><p class="Byline__by">By Mara Quist</p></header>
        <div id="articleBody">{Text}</div>
        <footer class="ArticleFooter__footer">{box}</footer></article></body></html>
        """;

    private const string RecircBox = """
        <aside class="tags-recirc"><h5 class="tags-recirc__label">More:</h5><ul class="tags-recirc__list">
        <li class="tags-recirc__tag"><a class="tags-recirc__link" href="http://x.test/tag/timetables"><span>Timetables</span></a></li>
        <li class="tags-recirc__tag"><a class="tags-recirc__link" href="http://x.test/tag/ferries-tag-2"><span>Ferries</span></a></li></ul></aside>
        """;

    private const string BemBox = """
        <ul class="Tags__tags___9QxZ"><span class="Tags__heading___2Lp">More:</span><li class="Tags__item___7Hq"><a href="http://x.test/tag/ferries">Ferries</a></li>
        <li class="Tags__item___7Hq"><a href="http://x.test/tag/timetables">Timetables</a></li><li class="Tags__item___7Hq"><a href="http://x.test/tag/islands">Islands</a></li></ul>
        """;

    [Fact]
    public void A_tag_page_link_box_outranks_hidden_microdata_keywords()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(MicrodataPage(RecircBox)), "ferry.html");
        Assert.Equal(["Timetables", "Ferries"], page.Tags);
    }

    [Fact]
    public void A_tag_page_link_box_outranks_the_keywords_meta()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(KeywordsPage(BemBox)), "ferry.html");
        Assert.Equal(["Ferries", "Timetables", "Islands"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_box_with_a_link_elsewhere_is_no_tag_list()
    {
        var box = BemBox.Replace("http://x.test/tag/islands", "http://x.test/2024/03/islands-story", StringComparison.Ordinal);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(KeywordsPage(box)), "ferry.html");
        Assert.DoesNotContain("Islands", page.Tags);
        Assert.Contains("timetables", page.Tags);
    }
}
