using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownTagsWithinKeywordsTests
{
    private static string Page(string row) => $$"""
        <html><head><title>Ferry crossings halted as dock workers strike</title>
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ferry crossings halted as dock workers strike",
        "datePublished":"2023-10-29T12:47:24.000Z","keywords":["human interest","harbour","port town","ferry strike","dock workers","harbour board"]}</script></head>
        <body><article><h1>Ferry crossings halted as dock workers strike</h1>
        <div class="article-content"><p>All morning crossings from the island were cancelled after dock workers walked out at dawn over a pay offer.</p>
        <p>The harbour board said it would meet union officials on Monday and hoped to restore a reduced timetable by midweek.</p></div>
        <div class="topics"><span class="related">Related topics:</span><span class="article-tag">{{row}}</span></div>
        </article></body></html>
        """;

    [Fact]
    public void A_labelled_row_naming_some_of_the_keywords_is_the_tag_list()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<a href=\"/topic/ferry-strike\">Ferry Strike</a><a href=\"/topic/dock-workers\">Dock Workers</a><a href=\"/topic/harbour-board\">Harbour Board</a>")), "story.html");

        Assert.Equal(["Ferry Strike", "Dock Workers", "Harbour Board"], page.Tags);
    }

    [Fact]
    public void A_row_with_a_word_the_keywords_lack_leaves_the_keywords()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<a href=\"/topic/ferry-strike\">Ferry Strike</a><a href=\"/topic/dock-workers\">Dock Workers</a><a href=\"/topic/weather\">Weather</a>")), "story.html");

        Assert.Equal(["human interest", "harbour", "port town", "ferry strike", "dock workers", "harbour board"], page.Tags);
    }

    [Fact]
    public void A_row_naming_fewer_than_half_the_keywords_leaves_the_keywords()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<a href=\"/topic/ferry-strike\">Ferry Strike</a><a href=\"/topic/dock-workers\">Dock Workers</a>")), "story.html");

        Assert.Equal(["human interest", "harbour", "port town", "ferry strike", "dock workers", "harbour board"], page.Tags);
    }
}
