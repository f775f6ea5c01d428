using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleTagsBoxTests
{
    private const string Page = """
        <html><head><title>Harbour board orders two new ferries - Harbour Coast</title>
        <meta name="keywords" content="Harbour Board,Ferries,Island Crossing,Budget,Video Stories"></head><body>
        <main><article class="story"><h1>Harbour board orders two new ferries</h1>
        <div class="byline">By Mara Quist</div>
        <section class="article-body">
        <p>The harbour board voted on Tuesday to order two new ferries for the island crossing, the first new boats in thirty years.</p>
        <p>The older ferry will be kept in reserve until both new boats have passed their sea trials next summer, the board said.</p>
        </section>
        <aside class="article-footer"><div class="article-tags"><ul class="article-tags__tags">
        <li class="article-tags__tag"><a class="article-tags__tag-link" href="http://harbourcoast.test/topics/video-stories"> Video Stories</a></li>
        <li class="article-tags__tag"><a class="article-tags__tag-link" href="http://harbourcoast.test/topics/ferries"> Ferries</a></li>
        <li class="article-tags__tag"><a class="article-tags__tag-link" href="http://harbourcoast.test/topics/harbour-board"> Harbour Board</a></li>
        </ul></div></aside></article></main></body></html>
        """;

    [Fact]
    public void The_articles_tag_box_under_the_text_outranks_the_keywords_meta()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferries.html");
        Assert.Equal(["Video Stories", "Ferries", "Harbour Board"], page.Tags);
    }

    [Fact]
    public void Without_the_box_the_keywords_meta_gives_the_tags()
    {
        var html = Page.Replace("class=\"article-tags\"", "class=\"article-footer-links\"");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Equal(["Harbour Board", "Ferries", "Island Crossing", "Budget", "Video Stories"], page.Tags);
    }
}
