using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DeskBylineInTextTests
{
    private const string Head = """
        <html><head><meta charset="utf-8"><title>New harbour ferry enters service</title>
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"New harbour ferry enters service","datePublished":"2024-03-04T14:42:01-0700","author":[{"@type":"Person","name":"Harbour Wire"}]}</script>
        </head>
        <body><h1 class="headline">New harbour ferry enters service</h1>
        <div class="byline"><span class="accent">By:</span> Harbour Wire</div>
        <div class="articleBody">
        """;

    private const string Text = """
        <div>
        <p>The harbour's new ferry made its first crossing on Monday morning, carrying forty passengers across the bay in twelve minutes.</p>
        <p>The vessel replaces a boat that served the route for thirty years, and the operator says it burns a third less fuel.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void The_byline_opening_the_text_names_the_writer_of_a_story_a_desk_posted()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Head + "<div>By Dana Whitcomb</div>\n" + Text), "ferry.html", "text/html");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }

    [Fact]
    public void Without_a_byline_in_the_text_a_desk_posted_story_has_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Head + Text), "ferry.html", "text/html");

        Assert.Empty(page.Authors);
    }
}
