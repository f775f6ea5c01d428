using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelDivOverTagListTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run - Harbor News</title>
        <meta property="og:site_name" content="Harbor News"></head><body>
        <main><div class="article">
        <h1>Night Ferry Keeps Its Late Run</h1>
        <div class="body">
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </div>
        {{row}}
        </div></main>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_tag_label_in_a_div_of_its_own_over_a_list_of_links_names_the_tags()
    {
        var page = Parse("""
            <div data-row="tags"><div class="QOIi">Related Topics</div><ul class="VZTD"><li><a href="/alerts/ferries"><span>Harbour Ferries</span></a></li><li><a href="/alerts/board"><span>Harbour Board</span></a></li></ul></div>
            """);
        Assert.Equal(["Harbour Ferries", "Harbour Board"], page.Tags);
    }

    [Fact]
    public void A_tag_label_div_over_a_list_of_items_holding_more_than_a_link_names_no_tags()
    {
        var page = Parse("""
            <div data-row="tags"><div class="QOIi">Related Topics</div><ul class="VZTD"><li><a href="/story/1">Pier lights return</a> <span>2 hours ago</span></li><li><a href="/story/2">Crew rota changes</a> <span>5 hours ago</span></li></ul></div>
            """);
        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_div_of_other_words_over_a_list_of_links_names_no_tags()
    {
        var page = Parse("""
            <div data-row="more"><div class="QOIi">More from the harbour</div><ul class="VZTD"><li><a href="/alerts/ferries">Harbour Ferries</a></li><li><a href="/alerts/board">Harbour Board</a></li></ul></div>
            """);
        Assert.Empty(page.Tags);
    }
}
