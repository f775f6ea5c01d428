using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuInsideTopicsBoxTests
{
    private static ParsedPage Parse(string menuBox, string storyTags) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry keeps its late run</title></head><body>
        <div id="masthead"><a href="/" id="logo">Harbour Ledger</a>
        <div id="top_panel">{{menuBox}}</div></div>
        <article><h1>Night ferry keeps its late run</h1>
        <div id="body"><p>The harbour board voted on Monday to keep the night ferry's last crossing at half past eleven through the winter.</p>
        <p>Shift workers at the container terminal had asked for the late run to stay, the board's chair said after the vote.</p>
        <p>The board will look at the numbers again in March, when the spring timetable is drawn up.</p></div>
        {{storyTags}}</article></body></html>
        """), "ferry.html");

    private const string TopicsMenu = """
        <div class="nav_topics"><div class="nav_head_bk"><h2 class="main_head">Topics</h2></div>
        <div><nav><div class="nav_elem"><a href="#ferries">Ferries</a><div class="subnav_box"><a href="/ferries/">All Ferries</a>
        <a href="/ferries/timetables/">Timetables</a><a href="/ferries/fares/">Fares</a></div></div>
        <div class="nav_elem"><a href="#port">Port</a><div class="subnav_box"><a href="/port/">All Port</a><a href="/port/cargo/">Cargo</a></div></div></nav></div></div>
        """;

    private const string StoryTags = """
        <div class="similar_topics"><h4>More about</h4><ul class="keywords"><li><a href="/Tag/night-ferry/">Night ferry</a></li></ul></div>
        """;

    [Fact]
    public void A_menu_inside_a_box_classed_topics_gives_no_tags()
    {
        var page = Parse(TopicsMenu, StoryTags);
        Assert.Equal(["Night ferry"], page.Tags);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_menu_inside_a_box_classed_as_tags_keeps_its_links_as_tags()
    {
        var page = Parse(string.Empty, """
            <div class="post-tags"><nav><a href="/tag/night-ferry/">Night ferry</a><a href="/tag/shift-work/">Shift work</a></nav></div>
            """);
        Assert.Equal(["Night ferry", "Shift work"], page.Tags);
    }

    [Fact]
    public void Links_of_a_topics_box_with_no_menu_in_it_stay_tags()
    {
        var page = Parse(string.Empty, """
            <div class="story-topics"><span>Topics</span><a href="/topic/night-ferry/">Night ferry</a><a href="/topic/shift-work/">Shift work</a></div>
            """);
        Assert.Equal(["Night ferry", "Shift work"], page.Tags);
    }
}
