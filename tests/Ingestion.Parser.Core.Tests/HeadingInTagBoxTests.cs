using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingInTagBoxTests
{
    private static ParsedPage Parse(string tagsHeading) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Mocking the clock in integration tests | Larkspur Labs</title></head><body>
        <div class="reading-wrapper tags"><h4><a href="/blog/"><span><svg><title>Angle Left</title></svg></span> Back to blog</a></h4></div>
        <div class="reading-wrapper tags">
        <h4><a href="/blog/categories/technical/">Technical</a></h4>
        <h1>Mocking the clock in integration tests</h1>
        {tagsHeading}
        <ul><li><a href="/blog/tags/python/">python</a>, </li><li><a href="/blog/tags/testing/">testing</a></li></ul>
        </div>
        <div class="authors"><h5>Rosa Lindqvist</h5></div><h5 class="grey">June 8, 2015</h5>
        <div id="blog-text"><p>Our suite passed on every laptop but failed on the build server every night at a quarter past midnight.</p>
        <p>The culprit was a test that asked the system clock for the date twice and got two different answers.</p></div>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_kicker_and_back_link_in_headings_of_a_tag_box_are_no_tags()
    {
        var page = Parse(tagsHeading: "");

        Assert.Equal(["python", "testing"], page.Tags);
    }

    [Fact]
    public void A_heading_classed_as_the_tag_list_is_the_list()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour ferry fares rise again / Pinwheel Gazette</title></head><body>
            <h1>Harbour ferry fares rise again</h1>
            <div id="story"><p>Fares on the harbour ferry rise by a fifth in March, the third rise in two years, the operator said.</p>
            <p>Commuters' groups said the rise would push more people back into their cars on the coast road.</p></div>
            <h3 class="thetags"><a href="/tag/ferries" rel="tag">ferries</a> / <a href="/tag/fares" rel="tag">fares</a></h3>
            </body></html>
            """), "page.html");

        Assert.Equal(["ferries", "fares"], page.Tags);
    }

    [Fact]
    public void Only_a_heading_not_classed_as_the_list_is_one()
    {
        Assert.True(HeadingInTagBox.Is(Element("<h4><a href='/x'>Technical</a></h4>"), classedAsList: false));
        Assert.False(HeadingInTagBox.Is(Element("<h3 class='thetags'><a href='/x'>ferries</a></h3>"), classedAsList: true));
        Assert.False(HeadingInTagBox.Is(Element("<ul><li><a href='/x'>python</a></li></ul>"), classedAsList: false));
    }

    private static AngleSharp.Dom.IElement Element(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{html}</body></html>").Body!.FirstElementChild!;
}
