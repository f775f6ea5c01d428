using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>PictureSlug asks only a text page's lines: an HTML page's text holds no alt text, and a heading may name a tool so.</summary>
public class SlugHeadingInHtmlTests
{
    [Theory]
    [InlineData("seed2bed")]
    [InlineData("3till")]
    [InlineData("moss-map")]
    public void A_heading_naming_a_tool_in_lower_case_with_digits_stays(string name)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Garden letter 12: tools and more</title></head><body><h1>Garden letter 12: tools and more</h1><main><div class="content">
            <p>Welcome to the twelfth garden letter, with news from the beds and the shed.</p>
            <p>There is quite a bit of news from the garden this week, with roses and tomatoes and a new shed to tell you about.</p>
            <h2><a href="https://tools.example/{name}">{name}</a></h2><p>A small program that plans your beds from a photo of the garden, free and open source.</p>
            <h2>Tomatoes</h2><p>The tomatoes are late, and the slugs had most of the first planting in May.</p>
            </div></main></body></html>
            """), "letter.html");

        Assert.Contains(name, page.BodyParagraphs);
    }

    [Fact]
    public void A_text_dumps_slug_line_is_still_no_paragraph() => Assert.True(PictureSlug.Is("route9"));
}
