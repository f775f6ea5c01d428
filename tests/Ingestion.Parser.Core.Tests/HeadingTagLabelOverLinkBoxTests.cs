using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingTagLabelOverLinkBoxTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns for the summer | Example Herald</title>
        <meta property="article:tag" content="Local News" />
        <meta property="article:tag" content="Harbours" />
        <meta property="article:tag" content="Transport" />
        </head><body>
        <article class="node node-article"><h1>Harbour ferry returns for the summer</h1>
        <div class="field field-name-body"><div class="field-items"><div class="field-item even">
        <p>The old ferry came back to the harbour on Thursday after a long winter in the yard, and half the town turned out to see it.</p>
        <p>Its captain said the first crossing went well, and that the boat would run every hour from next week until the autumn.</p>
        </div></div></div>
        <div id="node_article-tags" class="clearfix">
        <h3>More On:</h3>
        <div class="field field-name-field-tag-entity"><div class="field-items">
        <div class="field-item even"><a href="/topic/harbours">Harbours</a></div>
        <div class="field-item odd"><a href="/topic/ferries">Ferries</a></div>
        <div class="field-item even"><a href="/2012/12/dana_ruiz">Dana Ruiz</a></div>
        </div></div>
        </div>
        </article></body></html>
        """;

    [Fact]
    public void A_tag_label_heading_over_a_box_of_topic_links_gives_the_tags_over_the_tag_metas()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["Harbours", "Ferries", "Dana Ruiz"], page.Tags);
    }

    [Fact]
    public void A_heading_over_links_to_stories_gives_no_tags()
    {
        var html = Page.Replace("/topic/harbours", "/2014/06/harbour_dredging_starts").Replace("/topic/ferries", "/2014/07/ferry_fares_rise");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["Local News", "Harbours", "Transport"], page.Tags);
    }

    [Fact]
    public void A_heading_without_its_colon_heads_a_box_and_gives_no_tags()
    {
        var html = Page.Replace("<h3>More On:</h3>", "<h3>More On</h3>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["Local News", "Harbours", "Transport"], page.Tags);
    }

    [Fact]
    public void A_button_opening_the_rest_of_the_row_is_no_tag()
    {
        var html = Page.Replace("<div class=\"field-item even\"><a href=\"/2012/12/dana_ruiz\">Dana Ruiz</a></div>",
            "<div class=\"field-item even\"><a href=\"/2012/12/dana_ruiz\">Dana Ruiz</a></div><div class=\"field-item odd\"><a class=\"more\" href=\"#\">More</a></div>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["Harbours", "Ferries", "Dana Ruiz"], page.Tags);
    }
}
