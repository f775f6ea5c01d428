using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PreviousStoryBoxTests
{
    [Fact]
    public void The_next_and_previous_story_box_under_the_text_is_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>New harbour ferry enters service - Harbour News</title></head>
            <body><h1 class="headline">New harbour ferry enters service</h1>
            <div id="article" class="cell auto article">
            <p>The harbour's new ferry made its first crossing on Monday morning, carrying forty passengers across the bay in twelve minutes.</p>
            <p>The vessel replaces a boat that served the route for thirty years, and the operator says it burns a third less fuel.</p>
            <div class="grid-container next-prev"><div class="grid-x align-middle next">
            <p class="cell btn text-right"><a href="/news/pier-repairs.html" class="next-btn">- Next Harbour News</a></p>
            <div class="cell row-desc"><a href="/news/pier-repairs.html"><h5 class="row-title">Pier repairs to close the east landing</h5></a>
            <p class="row-excerpt">The landing will be shut for two weeks while crews replace the pilings</p>
            <label class="row-info">Dana Whitcomb 2024-03-04 14:35:08</label></div>
            </div><div class="grid-x align-middle prev">
            <p class="cell btn text-left"><a href="/news/tide-tables.html" class="prev-btn">Previous Harbour News -</a></p>
            <div class="cell row-desc"><a href="/news/tide-tables.html"><h5 class="row-title">Tide tables for the spring season</h5></a>
            <p class="row-excerpt">The harbour master has published the tables for April and May</p></div>
            </div></div>
            </div></body></html>
            """), "ferry.html", "text/html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The vessel replaces", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_previous_paragraph_class_on_text_is_no_word_of_it()
    {
        // "preview" is no "prev": a class word is matched whole.
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>Harbour ferry</title></head>
            <body><h1>Harbour ferry</h1><div class="article-preview-text">
            <p>The harbour's new ferry made its first crossing on Monday morning, carrying forty passengers across the bay in twelve minutes.</p>
            <p>The vessel replaces a boat that served the route for thirty years, and the operator says it burns a third less fuel.</p>
            </div></body></html>
            """), "ferry.html", "text/html");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
