using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SearchPhraseKeywordTests
{
    private static string Page(string keywords) => $$"""
        <html><head><title>Harbour ferry fares to rise in spring</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour ferry fares to rise in spring",
        "datePublished":"2023-11-08T20:26:28+00:00","keywords":{{keywords}}}</script></head>
        <body><h1>Harbour ferry fares to rise in spring</h1>
        <div class="prose"><article><p>Fares on the harbour ferry will rise by a fifth in March, the harbour board said on Wednesday.</p>
        <p>Commuters who cross twice a day said the rise would cost them more than a week's lunches a month.</p></article></div>
        <div class="topics"><span class="label">Topics</span><ul>
        <li><a href="https://example.org/news/ferries/">Ferries</a>, </li>
        <li><a href="https://example.org/news/harbour-board/">Harbour Board</a>, </li>
        <li><a href="https://example.org/news/fares/">Fares</a> </li></ul></div></body></html>
        """;

    [Fact]
    public void One_search_phrase_in_the_keywords_gives_way_to_the_topics_row_the_page_shows()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("\"Harbour ferry fare rise\"")), "story.html");

        Assert.Equal(["Ferries", "Harbour Board", "Fares"], page.Tags);
    }

    [Fact]
    public void Keywords_of_several_entries_other_than_the_row_stay_the_tags()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("[\"ferries\",\"commuters\"]")), "story.html");

        Assert.Equal(["ferries", "commuters"], page.Tags);
    }

    [Fact]
    public void One_phrase_beside_a_single_linked_topic_stays_the_tag()
    {
        Assert.False(SearchPhraseKeyword.GivesWayTo(["Harbour ferry fare rise"], ["Ferries"]));
    }
}
