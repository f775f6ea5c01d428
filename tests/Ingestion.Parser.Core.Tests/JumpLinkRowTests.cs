using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JumpLinkRowTests
{
    private static bool Is(string html, string selector)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return JumpLinkRow.Is(document.QuerySelector(selector)!);
    }

    private const string Sections = """
        <div id="pack"><h2>What goes in a day pack</h2><p>Text.</p></div>
        <div id="styles"><h2>Boots or trail shoes: the choice</h2><p>Text.</p></div>
        """;

    [Fact]
    public void A_box_of_links_to_the_posts_own_crossheads_is_a_table_of_contents() =>
        Assert.True(Is("""<div class="jump-links"> <a href="#pack"> What goes in a day pack </a> <a href="#styles"> Boots or trail shoes </a></div>""" + Sections, "div.jump-links"));

    [Fact]
    public void A_row_in_a_nav_box_is_one_too() =>
        Assert.True(Is("""<nav class="on-this-page"><a href="#pack">What goes in a day pack</a> · <a href="#styles">Boots or trail shoes</a></nav>""" + Sections, "nav.on-this-page"));

    [Fact]
    public void A_tab_row_whose_targets_hold_no_such_heading_stays() =>
        Assert.False(Is("""<div class="tabs"><a href="#reviews">Reviews</a> <a href="#details">Details</a></div><div id="reviews"><p>No reviews yet.</p></div><div id="details"><h3>Size</h3></div>""", "div.tabs"));

    [Fact]
    public void A_sentence_with_two_jump_links_stays() =>
        Assert.False(Is("""<div class="note">Read first <a href="#pack">What goes in a day pack</a> and then <a href="#styles">Boots or trail shoes</a> before you buy.</div>""" + Sections, "div.note"));

    [Fact]
    public void Links_to_anchors_the_page_lacks_stay() =>
        Assert.False(Is("""<div class="jump-links"><a href="#one">What goes in a day pack</a> <a href="#two">Boots or trail shoes</a></div>""" + Sections, "div.jump-links"));

    [Fact]
    public void A_posts_table_of_contents_leaves_and_its_crossheads_stay_in_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>The day pack for spring hikes</title></head><body><main><article class="post"><h1 class="entry-title">The day pack for spring hikes</h1>
            <div class="entry-content">
            <p>Spring is the best time for long walks on the ridge, when the paths are dry and the huts open again after the winter.</p>
            <div id="contents"><div class="jump-links"> <a href="#pack"> What goes in a day pack </a> <a href="#styles"> Boots or trail shoes: the choice </a></div></div>
            <div id="pack"><h2>What goes in a day pack</h2><p>A rain jacket, a map, two litres of water and something to eat are the least we carry on any tour above the tree line.</p>
            <p><a href="#contents">Back to the top</a></p></div>
            <div id="styles"><h2>Boots or trail shoes: the choice</h2><p>Heavy boots carry a load on scree, light shoes are quicker on forest paths, and our tests found both worth their price.</p></div>
            </div></article></main></body></html>
            """), "post.html");

        Assert.Equal(
        [
            "Spring is the best time for long walks on the ridge, when the paths are dry and the huts open again after the winter.",
            "What goes in a day pack",
            "A rain jacket, a map, two litres of water and something to eat are the least we carry on any tour above the tree line.",
            "Boots or trail shoes: the choice",
            "Heavy boots carry a load on scree, light shoes are quicker on forest paths, and our tests found both worth their price.",
        ], page.BodyParagraphs);
    }
}
