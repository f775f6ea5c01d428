using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionBoxCrossheadTests
{
    private static string Slide(string title, string text) => $"""
        <section><h2>{title}</h2><div class="slide-text"><p>{text}</p></div><div class="image-wrapper"><img src="/p.jpg" alt=""></div></section>
        """;

    private static ParsedPage Parse(string slides) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The best cafés on the harbour - Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"><meta property="article:author" content="Marta Olsen"></head><body>
        <main><article class="slides-content">
        <h1>The best cafés on the harbour</h1>
        <div class="slides-dek"><p>Nobody needs a guide to coffee by the water, but if your time is short, these are the places to go.</p></div>
        {{slides}}
        </article></main></body></html>
        """), "cafes.html");

    [Fact]
    public void The_first_slides_title_stays_over_its_text_as_the_later_ones_do()
    {
        var page = Parse(Slide("Quay Nine", "A tiny counter at the end of the pier pours the best flat white in town, and the owner bakes every morning.")
            + Slide("Harbour Lights", "The old chandlery now serves coffee under its ship lamps, with a long bench that looks out over the ferry slip.")
            + Slide("The Net Loft", "Upstairs from the fish market, this loft keeps its nets on the walls and serves soup with the coffee at noon."));
        Assert.Equal(6, page.BodyParagraphs.Count);
        Assert.Equal("Quay Nine", page.BodyParagraphs[0]);
        Assert.Equal("Harbour Lights", page.BodyParagraphs[2]);
    }

    [Fact]
    public void A_lone_box_with_a_heading_keeps_its_heading_out()
    {
        var page = Parse("""
            <section><h2>Where to start</h2><div class="slide-text"><p>A tiny counter at the end of the pier pours the best flat white in town, and the owner bakes every morning.</p>
            <p>The old chandlery now serves coffee under its ship lamps, with a long bench that looks out over the ferry slip.</p>
            <p>Upstairs from the fish market, this loft keeps its nets on the walls and serves soup with the coffee at noon.</p></div></section>
            """);
        Assert.DoesNotContain("Where to start", page.BodyParagraphs);
    }
}
