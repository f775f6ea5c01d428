using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagSearchLinkTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Turns Back for a Passenger - Harbour Evenings</title>
        <meta name="keywords" content="Night Ferry Turns Back, ferry night crossing, ferry passenger story">
        <meta property="og:site_name" content="Harbour Evenings"></head><body>
        <div class="date"> Ferries, 30.10.23 </div><h1>Night Ferry Turns Back for a Passenger</h1>
        <div id="content"><div class="article item-page">
        <p>The last ferry of the night had already cleared the breakwater when the deckhand saw a man waving a lantern on the pier.</p>
        <p>The captain turned the boat around, and the passenger, a baker on his way home from the night shift, thanked every crew member by name.</p>
        {{box}}
        </div></div>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_tags_box_of_links_to_the_sites_search_for_each_tag_is_the_tag_row()
    {
        var page = Parse("""
            <div class="tags">
            <a href="/component/search/?searchword=tag_5&amp;searchphrase=article_tag"><span class="tag-item">Ferries</span></a>
            <a href="/component/search/?searchword=tag_54&amp;searchphrase=article_tag"><span class="tag-item">Autumn</span></a>
            <a href="/component/search/?searchword=tag_61&amp;searchphrase=article_tag"><span class="tag-item">Night Life</span></a>
            </div>
            """);
        Assert.Equal(["Ferries", "Autumn", "Night Life"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_query_parameter_named_tag_marks_a_tag_search_too()
    {
        var page = Parse("""
            <div class="post-tags"><a href="/search.php?tag=ferries">Ferries</a> <a href="/search.php?tag=night-life">Night Life</a></div>
            """);
        Assert.Equal(["Ferries", "Night Life"], page.Tags);
    }

    [Fact]
    public void Searches_whose_query_only_holds_tag_inside_a_word_leave_the_keywords_meta()
    {
        var page = Parse("""
            <div class="tags"><a href="/search/?q=vintage">Vintage boats</a> <a href="/search/?hashtag=ferries">Ferries</a></div>
            """);
        Assert.DoesNotContain("Vintage boats", page.Tags);
        Assert.DoesNotContain("Ferries", page.Tags);
        Assert.Contains("ferry night crossing", page.Tags);
    }

    [Theory]
    [InlineData("/component/search/?searchword=tag_5&searchphrase=article_tag", true)]
    [InlineData("/search?tags=harbour", true)]
    [InlineData("/search?q=vintage", false)]
    [InlineData("/search?hashtag=ferries", false)]
    [InlineData("/tagged-stories", false)]
    public void Only_a_query_word_tag_or_tags_names_a_tag_search(string target, bool expected) =>
        Assert.Equal(expected, TagSearchLink.Is(target));
}
