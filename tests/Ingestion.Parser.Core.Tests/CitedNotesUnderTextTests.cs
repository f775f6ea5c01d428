using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CitedNotesUnderTextTests
{
    private static ParsedPage Parse(string text, string notes) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Society :: Reading the Tides</title></head><body>
        <div id="main"><h1>Reading the Tides</h1>
        <div class="article-content"><div>
        <p>This piece is the second in a series on tide tables and how harbour pilots read them before a ship comes in at night.</p>
        {{text}}
        <h2>Closing thoughts</h2>
        <p>Pilots still trust their own eyes over any table, and the society hopes the next piece will explain why that remains wise.</p>
        {{notes}}
        </div></div></div>
        <div id="footer">Copyright 1994-2016 Harbour Society.</div></body></html>
        """), "tides.html");

    private const string CitedText = """
        <p>The first piece showed how the tables are printed for each port [<a href="https://example.org/tides#[Okafor15]">Okafor15</a>], and why the times differ from one bay to the next.</p>
        <p>A pilot checks the reading against the gauge on the pier, as the figure shows.<a href="https://example.org/tides#FN01"><sup>1</sup></a></p>
        """;

    private const string Notes = """
        <h2>References</h2>
        <p class="bibliomixed"><a id="[Okafor15]"></a>[Okafor15] Okafor, B. ‘Ports and Tides’ Harbour Review. Vol 12. Oct 2015. pp. 4–8.</p>
        <p class="footnotes"></p>
        <ol>
        <li><a id="FN01"></a>The gauge on the pier was replaced in the spring, and its first readings were kept apart from the older ones.</li>
        </ol>
        """;

    [Fact]
    public void Notes_the_text_cites_and_their_heading_are_no_paragraphs()
    {
        var page = Parse(CitedText, Notes);
        Assert.Equal("Pilots still trust their own eyes over any table, and the society hopes the next piece will explain why that remains wise.", page.BodyParagraphs[^1]);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Okafor, B.", StringComparison.Ordinal) || paragraph.Contains("replaced in the spring", StringComparison.Ordinal) || paragraph == "References");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The first piece showed how the tables", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_a_contents_link_jumps_to_stays()
    {
        var page = Parse("""
            <p>Contents: <a href="https://example.org/tides#gauge">The gauge on the pier</a></p>
            <p>A pilot checks the reading against the gauge on the pier before a ship is brought alongside at night.</p>
            """, """
            <h2>The gauge</h2>
            <p><a id="gauge"></a>The gauge on the pier was replaced in the spring, and its first readings were kept apart from the older ones.</p>
            """);
        Assert.Equal("The gauge on the pier was replaced in the spring, and its first readings were kept apart from the older ones.", page.BodyParagraphs[^1]);
        Assert.Contains("The gauge", page.BodyParagraphs);
    }
}
