using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagLinkInTeaserCardTests
{
    private static ParsedPage Parse(string storyTags, string titleLink) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry keeps its late run</title>
        <link rel="canonical" href="https://harbour.example/night-ferry/"></head><body>
        <div id="main"><article class="post"><h1>{{titleLink}}</h1>
        <div class="entry-content"><p>The harbour board voted on Monday to keep the night ferry's last crossing at half past eleven through the winter.</p>
        <p>Shift workers at the container terminal had asked for the late run to stay, the board's chair said after the vote.</p>
        <p>The board will look at the numbers again in March, when the spring timetable is drawn up.</p></div>
        {{storyTags}}</article></div>
        <aside id="sidebar"><div class="widgettitle">Kommende Fahrpläne</div>
        <section class="post-item"><div class="thumb"><a href="https://harbour.example/island-line/"><img src="/island.jpg" alt=""></a></div>
        <div class="loop-content"><h2 class="loop-title"><a href="https://harbour.example/island-line/">Island line</a></h2>
        <div class="loop-meta"><span class="hub-field"><span class="hub-label">Route: </span><a href="/route/north/" rel="tag">North</a>, <a href="/route/east/" rel="tag">East</a></span>
        <span class="hub-field"><span class="hub-label">Boat: </span><a href="/boat/catamaran/" rel="tag">Catamaran</a></span></div></div></section>
        </aside></body></html>
        """), "ferry.html");

    [Fact]
    public void The_terms_on_a_rail_card_for_another_post_are_no_tags()
    {
        var page = Parse(string.Empty, "Night ferry keeps its late run");
        Assert.Empty(page.Tags);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_storys_own_tag_row_stays_beside_the_cards_terms()
    {
        var page = Parse("""<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/night-ferry/" rel="tag">night ferry</a>, <a href="/tag/harbour-board/" rel="tag">harbour board</a></span></footer>""",
            "Night ferry keeps its late run");
        Assert.Equal(["night ferry", "harbour board"], page.Tags);
    }

    [Fact]
    public void A_headline_linking_to_the_page_itself_leaves_the_tags_under_it()
    {
        var page = Parse("""<div class="entry-meta"><a href="/tag/night-ferry/" rel="tag">night ferry</a>, <a href="/tag/harbour-board/" rel="tag">harbour board</a></div>""",
            """<a href="https://harbour.example/night-ferry/" rel="bookmark">Night ferry keeps its late run</a>""");
        Assert.Equal(["night ferry", "harbour board"], page.Tags);
    }
}
