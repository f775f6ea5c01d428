using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoryRowBesideTagRowTests
{
    private static ParsedPage Parse(string footer) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry returns | Harbour Notes</title></head><body>
        <main class="content"><article class="post entry">
        <header class="entry-header"><h1 class="entry-title">Night ferry returns to the harbour timetable</h1>
        <p class="entry-meta"><time class="entry-time" datetime="2016-12-21T08:31:34+00:00">December 21, 2016</time> By <span class="entry-author"><a href="http://harbour.test/author/mo" rel="author">Marta Olsen</a></span></p></header>
        <div class="entry-content">
        <p>The night ferry ran again on Tuesday after two months tied up in the harbour while its engines were rebuilt at the yard.</p>
        <p>The operator said every late crossing this winter would keep its timetable, and that season tickets stay valid for the spring.</p>
        </div>
        <footer class="entry-footer">{{footer}}</footer>
        </article></main></body></html>
        """), "ferry.html");

    [Fact]
    public void A_tag_row_beside_a_row_of_category_links_gives_the_tags()
    {
        var page = Parse("""
            <p class="entry-meta"><span class="entry-categories">Filed Under: <a href="http://harbour.test/category/boats" rel="category tag">Boats</a></span>
            <span class="entry-tags">Tagged With: <a href="http://harbour.test/tag/ferry" rel="tag">ferry</a>, <a href="http://harbour.test/tag/timetables" rel="tag">timetables</a>, <a href="http://harbour.test/tag/night-crossings" rel="tag">night crossings</a></span></p>
            """);
        Assert.Equal(["ferry", "timetables", "night crossings"], page.Tags);
    }

    [Fact]
    public void A_categories_row_alone_gives_each_link_whole()
    {
        var page = Parse("""
            <div class="meta-bottom"><span class="categories">Categories : <a href="http://harbour.test/category/north-harbour-ferry-service/" rel="category tag">North Harbour Ferry Service</a></span></div>
            """);
        Assert.Equal(["North Harbour Ferry Service"], page.Tags);
    }

    [Fact]
    public void A_row_of_category_links_alone_still_gives_them()
    {
        var page = Parse("""
            <p class="entry-meta"><span class="entry-categories">Filed Under: <a href="http://harbour.test/category/boats" rel="category tag">Boats</a>, <a href="http://harbour.test/category/winter" rel="category tag">Winter</a></span></p>
            """);
        Assert.Equal(["Boats", "Winter"], page.Tags);
    }

    [Fact]
    public void A_categories_row_gives_way_to_a_tags_label_whose_links_stand_between_separator_boxes()
    {
        var page = Parse("""
            <span class="article-categories">Categories: <a href="/news/category/boats">Boats</a>, <a href="/news/category/winter">Winter</a></span>
            <div class="article-tags"><span class="tags-title">Tags:</span>
            <a class="tag" href="/news/tag/ferry">Ferry</a><span class="tag-separator">,</span>
            <a class="tag" href="/news/tag/timetables">Timetables</a></div>
            """);
        Assert.Equal(["Ferry", "Timetables"], page.Tags);
    }
}
