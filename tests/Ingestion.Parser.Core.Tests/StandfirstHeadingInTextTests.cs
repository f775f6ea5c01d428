using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StandfirstHeadingInTextTests
{
    private const string Description = "A ferry ran aground off the northern coast on Sunday, the second grounding in a month on a route the operator had promised to make safer.";

    private static string Page(string textBox) => $$"""
        <html><head><title>Ferry runs aground off northern coast - Radio Meridian</title>
        <meta property="og:description" content="{{Description}}">
        <meta property="og:site_name" content="Radio Meridian"></head><body>
        <article><header><h1 class="title">Ferry runs aground off northern coast</h1>
        <p class="modification">Latest update : 2016-03-14</p></header>
        <div class="bd">{{textBox}}</div></article></body></html>
        """;

    private const string Paragraphs = """
        <p>The vessel, carrying 212 passengers, struck a sandbank shortly after leaving port in the early afternoon, the coastguard said.</p>
        <p>Nobody was hurt, and tugs pulled the ferry free on the evening tide before it returned to port under its own power.</p>
        <p>The operator said an inquiry would look at the channel markers, which local fishermen say were moved by last month's storm.</p>
        """;

    [Fact]
    public void A_heading_opening_the_text_that_repeats_the_description_is_the_standfirst()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page($"<h2>{Description}</h2>{Paragraphs}")), "page.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The vessel, carrying 212 passengers", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_first_paragraph_the_description_repeats_stays_the_texts_opening()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page($"<p>{Description}</p>{Paragraphs}")), "page.html");

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.Equal(Description, page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_crosshead_stays_in_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page($"{Paragraphs}<h2>Markers moved</h2><p>Fishermen reported the shifted buoys to the harbour office two weeks before the grounding, they said.</p>")), "page.html");

        Assert.Contains("Markers moved", page.BodyParagraphs);
    }

    [Fact]
    public void A_heading_after_an_empty_player_and_a_newsletter_form_still_opens_the_text()
    {
        const string before = """
            <div class="video-embed" id="player-1"></div>
            <script>var queue = queue || [];</script>
            <div id="signup"><p class="sh2"><span>SIGN UP</span> FOR OUR NEWSLETTER</p><form method="post" action="/newsletter/"><input name="email" type="text"><input value="Submit" type="submit"></form></div>
            """;
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page($"{before}<h2><span>{Description}</span></h2>{Paragraphs}")), "page.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The vessel, carrying 212 passengers", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_heading_after_a_paragraph_of_the_text_is_left_where_it_is()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            $"<html><body><div class=\"bd\"><p>The coastguard's first report came in shortly after two in the afternoon, from a passenger.</p><h2>{Description}</h2>{Paragraphs}</div></body></html>");

        StandfirstHeadingInText.Remove(document, [Description]);

        Assert.NotNull(document.QuerySelector("h2"));
    }
}
