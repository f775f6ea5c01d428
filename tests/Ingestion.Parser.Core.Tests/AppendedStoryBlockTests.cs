using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AppendedStoryBlockTests
{
    private const string Story = """
        <article id="wrap"><header><h1>Ferry strike halts island crossings</h1><div class="author-info">By <a rel="author" href="/user/desk/">Harbor Desk</a></div></header>
        <div id="main"><p>Ferry crews walked off the job at dawn on Friday, stranding hundreds of commuters on both sides of the sound.</p>
        <p>The union said talks would resume on Monday.</p></div>
        <div id="add-box"><div class="add-story"><div class="add-head"><h1>Council approves new pier</h1>
        <div class="author-info">By <a rel="author" href="/user/desk/">Harbor Desk</a></div></div>
        <p>The city council approved the long-delayed pier on a 5-2 vote after a three-hour hearing on Tuesday night.</p>
        <a href="/council-approves-new-pier/">Continue Reading</a></div></div></article>
        """;

    private static string TextOf(string markup, string? title)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        var root = document.GetElementById("wrap")!;
        AppendedStoryBlock.Remove(root, title);
        return Whitespace.Collapse(root.TextContent);
    }

    [Fact]
    public void The_next_story_appended_under_its_own_headline_and_byline_leaves_the_text()
    {
        var text = TextOf(Story, "Ferry strike halts island crossings");
        Assert.DoesNotContain("Council approves new pier", text, StringComparison.Ordinal);
        Assert.DoesNotContain("5-2 vote", text, StringComparison.Ordinal);
        Assert.Contains("The union said talks would resume on Monday.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_pages_headline_gone_the_texts_first_paragraph_anchors_it()
    {
        var text = TextOf(Story.Replace("<header><h1>Ferry strike halts island crossings</h1>", "<header>", StringComparison.Ordinal), "Ferry strike halts island crossings");
        Assert.DoesNotContain("5-2 vote", text, StringComparison.Ordinal);
        Assert.Contains("stranding hundreds of commuters", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sections_own_headline_without_a_byline_stays()
    {
        var markup = """
            <article id="wrap"><h1>Ferry strike halts island crossings</h1>
            <section><p>Ferry crews walked off the job at dawn on Friday, stranding hundreds of commuters on both sides of the sound.</p></section>
            <section><h1>What the union wants</h1><p>The union is asking for a four-day week and higher overtime pay for night crossings.</p></section></article>
            """;
        Assert.Contains("four-day week", TextOf(markup, "Ferry strike halts island crossings"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_signed_by_a_desk_in_json_ld_names_no_writer_and_keeps_the_headline_over_its_byline()
    {
        var html = """
            <html><head><title>Ferry strike halts crossings | Harbor Weekly</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry strike halts crossings | Harbor Weekly",
            "datePublished":"2026-06-12T18:11:51+03:00","author":{"@type":"Person","name":"Harbor Weekly News Desk"}}</script></head>
            <body><article id="wrap"><header><h1>Ferry strike halts island crossings</h1><div class="author-info"><p>Published</p> <span>June 12, 2026</span>
            <p>By</p> <span class="author-name"><a rel="author" href="/user/desk/">Harbor Weekly News Desk</a></span></div></header>
            <div id="main"><p>Ferry crews walked off the job at dawn on Friday, stranding hundreds of commuters on both sides of the sound.</p>
            <p>The union said talks would resume on Monday, and the ferry company said it would run a reduced timetable.</p></div>
            <div id="add-box"><div class="add-story"><div class="add-head"><h1>Council approves new pier</h1>
            <div class="author-info">By <a rel="author" href="/user/desk/">Harbor Weekly News Desk</a></div></div>
            <p>The city council approved the long-delayed pier on a 5-2 vote after a three-hour hearing on Tuesday night.</p>
            <a href="/council-approves-new-pier/">Continue Reading</a></div></div></article></body></html>
            """;

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "story.html");

        Assert.Empty(page.Authors);
        Assert.Equal("Ferry strike halts island crossings", page.Title);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("5-2 vote", StringComparison.Ordinal));
    }
}
