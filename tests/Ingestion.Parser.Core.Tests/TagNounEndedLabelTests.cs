using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagNounEndedLabelTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry timetable | Harbour Post</title>
        <meta property="article:section" content="Local">
        <meta property="article:tag" content="Local,Harbour Board,Ferries">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable changes at the harbour next week","keywords":["Local","Harbour Board","Ferries"],"articleSection":"Local"}</script>
        </head><body>
        <article><h1>Ferry timetable changes at the harbour next week</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="a-content">
        <p>The harbour board said on Monday that the morning ferry would leave twenty minutes earlier from next week, after complaints from commuters.</p>
        <p>The board's chair said the change was the first in a decade and that the evening ferry would keep its old time for now, pending a review.</p>
        </div>
        {{row}}
        </article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_colonless_label_ending_in_topics_over_topic_links_gives_the_shown_tags()
    {
        var page = Parse("""<div class="storyTopics_k2j8qd"><span class="storyTopicsTitle_p3x7">More Topics</span><ul class="storyTopicsList_z9c1"><li><a href="https://harbourpost.test/tags/harbour-board/">Harbour Board</a></li><li><a href="https://harbourpost.test/tags/ferries/">Ferries</a></li></ul></div>""");

        Assert.Equal(["Harbour Board", "Ferries"], page.Tags);
    }

    [Fact]
    public void A_colonless_label_of_other_words_over_the_same_links_leaves_the_keywords()
    {
        var page = Parse("""<div class="storyMore_k2j8qd"><span class="storyMoreTitle_p3x7">Read More</span><ul class="storyMoreList_z9c1"><li><a href="https://harbourpost.test/tags/harbour-board/">Harbour Board</a></li><li><a href="https://harbourpost.test/tags/ferries/">Ferries</a></li></ul></div>""");

        Assert.Equal(["Local", "Harbour Board", "Ferries"], page.Tags);
    }

    [Theory]
    [InlineData("Other Topics", true)]
    [InlineData("Related Tags", true)]
    [InlineData("Topics", false)]
    [InlineData("Read More", false)]
    public void Only_a_label_of_several_words_ending_in_the_list_noun_counts(string label, bool expected) =>
        Assert.Equal(expected, TagNounEndedLabel.Is(label));
}
