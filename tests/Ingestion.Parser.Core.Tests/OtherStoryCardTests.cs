using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OtherStoryCardTests
{
    private const string Carousel = """
        <section class="latest"><div class="item"><article class="frag"><div class="summary">
        <header><p class="timestamp"><time datetime="2019-03-12T18:40-0400">03/12/19 06:40 PM EDT</time></p>
        <h4><a href="http://x.test/story/2019/03/levee-vote">Council delays the levee vote again</a></h4></header>
        <footer class="meta"><p class="byline">By <span class="vcard"><a href="http://x.test/staff/ida-holm" rel="author">Ida Holm</a></span></p></footer>
        </div></article></div>
        <div class="item"><article class="frag"><div class="summary">
        <header><p class="timestamp"><time datetime="2019-03-12T18:31-0400">03/12/19 06:31 PM EDT</time></p>
        <h4><a href="http://x.test/gallery/2019/03/march">March 2019</a></h4></header>
        </div></article></div></section>
        """;

    private const string StoryByline = """
        <footer class="meta"><p class="byline">By <span class="vcard"><a href="http://x.test/staff/olaf-brun" rel="author">Olaf Brun</a></span></p>
        <p class="timestamp"><time datetime="2019-03-12T05:07-0400">03/12/19 05:07 AM EDT</time></p></footer>
        """;

    private static ParsedPage Parse(string storyHeading, string storyByline = StoryByline, string writerCard = "") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise in spring - Harbour Post</title>
        <meta name="og:title" content="Ferry fares rise in spring"></head><body>
        <div class="header"><h1><a href="http://x.test/">Harbour Post</a></h1></div>
        {{Carousel}}
        <article class="story"><div class="intro"><div class="summary">
        <header>{{storyHeading}}</header>
        {{storyByline}}
        </div></div>
        <p>The island ferry will cost a third more from April, the operator said on Tuesday, after two winters of losses on the crossing.</p>
        <p>Season tickets keep their price until the summer, and pupils travelling to the mainland school ride free as before.</p>
        {{writerCard}}
        </article></body></html>
        """), "fares.html");

    [Fact]
    public void The_byline_and_time_under_the_shown_headline_win_over_cards_of_other_stories_above_it()
    {
        var page = Parse("<h1>Ferry fares rise in spring</h1>");
        Assert.Equal(["Olaf Brun"], page.Authors);
        Assert.Equal("2019-03-12T05:07:00-04:00", page.PublishedAt);
    }

    [Fact]
    public void A_writers_card_headed_by_the_writers_linked_name_is_no_other_storys_card()
    {
        var page = Parse("<h1>Ferry fares rise in spring</h1>", storyByline: "", writerCard: """
            <div class="writer"><h3><a href="http://x.test/staff/olaf-brun">Olaf Brun</a></h3>
            <p class="byline">By <a href="http://x.test/staff/olaf-brun" rel="author">Olaf Brun</a></p></div>
            """);
        Assert.Equal(["Olaf Brun"], page.Authors);
    }

    [Fact]
    public void A_headline_linking_to_its_own_page_heads_the_storys_block()
    {
        var page = Parse("""<h1><a href="http://x.test/2019/03/ferry-fares">Ferry fares rise in spring</a></h1>""");
        Assert.Equal(["Olaf Brun"], page.Authors);
        Assert.Equal("2019-03-12T05:07:00-04:00", page.PublishedAt);
    }
}
