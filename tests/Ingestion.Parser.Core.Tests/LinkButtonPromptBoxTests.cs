using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkButtonPromptBoxTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Printer maker ends support for its oldest office models</title></head><body>
        <h1>Printer maker ends support for its oldest office models</h1>
        <article><div class="article-description">
        <div class="entry-text">
        <p>A printer maker will stop shipping driver updates for its oldest office models at the end of the year, the company told resellers this week.</p>
        <p>Offices that still run the machines can keep printing, but the company advises replacing them before the next operating system release.</p>
        </div>
        {box}
        </div></article></body></html>
        """), "news.html");

    [Fact]
    public void A_one_line_pitch_over_a_link_drawn_as_a_button_is_no_paragraph()
    {
        var page = Parse("""
            <div class="row"><div class="col-2"><img src="/spot.png" alt="Visit the forum"></div>
            <div class="col-10"><span>Still stuck with an old printer? Ask the forum's regulars for help.</span><br>
            <a href="https://forum.example.com/"><button class="go-btn">Take me to the forum</button></a></div></div>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Still stuck", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_with_paragraphs_keeps_them()
    {
        var page = Parse("""
            <div class="note"><p>Resellers will get a list of the affected models and their replacements in a letter next month.</p>
            <a href="https://example.com/models"><button>See the models</button></a></div>
            """);

        Assert.Contains("Resellers will get a list of the affected models and their replacements in a letter next month.", page.BodyParagraphs);
    }
}
