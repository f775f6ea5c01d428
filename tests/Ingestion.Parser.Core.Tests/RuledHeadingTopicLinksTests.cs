using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RuledHeadingTopicLinksTests
{
    private const string Page = """
        <html><head><title>Night ferry turns back for a stranded passenger | Harbour Gazette</title>
        <meta property="article:tag" content="ferries" /><meta property="article:tag" content="harbour board" />
        </head><body><main><article>
        <h1>Night ferry turns back for a stranded passenger</h1>
        <p>The last ferry of the night turned back to the pier on Tuesday after a deckhand saw a passenger waving from the ramp.</p>
        <p>The captain said the crossing lost twenty minutes, and no one on board complained about the delay at all.</p>
        </article>
        <div class="topic_explore_box"><div id="topic_section">
            <h2>Related Topics <span id="topics_title_line">  ------------------------------------------</span></h2>
            <a class="topic_button" href="https://x.test/topic/ferries">Ferries</a>
            <a class="topic_button" href="https://x.test/topic/harbour_board">Harbour Board</a>
        </div></div>
        </main></body></html>
        """;

    private static ParsedPage Parse(string html) => PageParser.Parse(Encoding.UTF8.GetBytes(html), "ferry.html");

    [Fact]
    public void A_ruled_tag_heading_over_topic_links_gives_the_tags_as_shown() =>
        Assert.Equal(["Ferries", "Harbour Board"], Parse(Page).Tags);

    [Fact]
    public void Links_to_the_sites_sections_under_such_a_heading_are_no_tags() =>
        Assert.Equal(["ferries", "harbour board"], Parse(Page.Replace("/topic/ferries", "/news/ferries").Replace("/topic/harbour_board", "/news/harbour")).Tags);

    [Fact]
    public void A_heading_holding_more_than_a_rule_heads_no_tag_row() =>
        Assert.Equal(["ferries", "harbour board"], Parse(Page.Replace("  ------------------------------------------", "See all")).Tags);

    [Fact]
    public void A_heading_of_other_words_heads_no_tag_row() =>
        Assert.Equal(["ferries", "harbour board"], Parse(Page.Replace("Related Topics", "More from the harbour desk")).Tags);

    [Fact]
    public void A_row_in_a_box_classed_for_the_text_and_its_rail_is_still_read() =>
        Assert.Equal(["Ferries", "Harbour Board"], Parse(Page.Replace("<div class=\"topic_explore_box\">", "<div class=\"article_rail_wrapper\"><div class=\"topic_explore_box\">").Replace("</div></div>\n        </main>", "</div></div></div>\n        </main>")).Tags);

    [Fact]
    public void A_row_in_the_sites_menu_is_no_tag_row() =>
        Assert.Equal(["ferries", "harbour board"], Parse(Page.Replace("<div class=\"topic_explore_box\">", "<nav><div class=\"topic_explore_box\">").Replace("</div></div>\n        </main>", "</div></div></nav>\n        </main>")).Tags);
}
