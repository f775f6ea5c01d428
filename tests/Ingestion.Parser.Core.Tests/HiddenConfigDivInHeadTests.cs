using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HiddenConfigDivInHeadTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>Five places to look for lost coins at home</title>
        <link rel="canonical" href="https://thriftlane.example/lost-coins/">{box}
        <meta name="description" content="Old coins turn up in sheds, gardens and garages. Here is where to look.">
        <meta property="og:site_name" content="Thrift Lane">
        <meta property="article:published_time" content="2016-11-08T09:40:00+00:00">
        <meta property="article:tag" content="savings">
        <meta property="article:tag" content="coins">
        </head><body>
        <article class="main-post"><h1>Five places to look for lost coins at home</h1>
        <span class="post-date">November 8, 2016</span>
        <div class="post-text">
        <p>Most people never search the shed behind the house, yet that is where an old coin jar is most often found.</p>
        <p>Start with the rafters, then the cupboards, then any box that has not been opened in years.</p>
        <p>A cheap metal detector will find a tin buried under the garden path in a few minutes.</p>
        </div></article></body></html>
        """), "coins.html");

    [Fact]
    public void The_metas_after_a_hidden_settings_box_in_the_head_are_still_read()
    {
        var page = Parse("""<div id="stats-root" style="display: none"> <span id="stats-cfg" data-stats-site="thriftlane.example"></span></div>""");
        Assert.Equal("2016-11-08T09:40:00+00:00", page.PublishedAt);
        Assert.Equal(["savings", "coins"], page.Tags);
    }

    [Fact]
    public void A_hidden_box_with_text_in_the_head_opens_the_body_as_before()
    {
        var page = Parse("""<div id="stats-root" style="display:none"><span>Loading statistics</span></div>""");
        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_shown_box_with_a_child_in_the_head_opens_the_body_as_before()
    {
        var page = Parse("""<div id="stats-root"><span data-stats-site="thriftlane.example"></span></div>""");
        Assert.Empty(page.Tags);
    }
}
