using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserCardAuthorLinkTests
{
    private const string Cards = """
        <div class="related"><h2>Related articles</h2>
        <div class="card-post"><div class="title"><a href="http://x.test/magazine/harbour-tolls">The harbour tolls of old</a></div>
        <div class="meta"><a href="http://x.test/author/piet-berg">Piet Berg</a> / May 2, 2009</div></div>
        <div class="card-post"><div class="title"><a href="http://x.test/magazine/island-bridge">The island bridge that never was</a></div>
        <div class="meta"><a href="http://x.test/author/ana-ruiz">Ana Ruiz</a> / June 9, 2012</div></div>
        </div>
        """;

    private static ParsedPage Parse(string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Monthly</title></head><body>
        <div id="content"><h2 class="page-title">Ferry back in service after the storm</h2>
        <article class="type-post"><div class="post-info">{{byline}}</div>
        <div class="post_content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article>
        {{Cards}}
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_writers_link_in_a_related_stories_card_names_no_writer_of_the_story()
    {
        var page = Parse("by Marta Olsen / March 14, 2017 /");
        Assert.DoesNotContain("Piet Berg", page.Authors);
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Fact]
    public void The_storys_own_writers_link_is_still_read()
    {
        var page = Parse("""by <a href="http://x.test/author/marta-olsen">Marta Olsen</a> / March 14, 2017 /""");
        Assert.Equal(["Marta Olsen"], page.Authors);
    }
}
