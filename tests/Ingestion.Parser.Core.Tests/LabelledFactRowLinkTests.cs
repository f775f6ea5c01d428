using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledFactRowLinkTests
{
    private static ParsedPage Parse(string rows) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>Tested: a wool sock for wet boots</title></head><body>
        <article><h1>Tested: a wool sock for wet boots</h1>
        <div class="review-text">
        <p>My boots leak at the left heel, so every walk along the shore ends with one cold foot and one warm one.</p>
        {rows}
        <p><strong>Results:</strong> After three weeks of wet walks the sock kept its shape, and my left foot stayed warm even when the boot filled.</p>
        </div></article></body></html>
        """), "socks.html");

    [Fact]
    public void A_labelled_link_row_beside_a_plain_labelled_row_stays_in_the_text()
    {
        var page = Parse("""
            <p><strong>Product:</strong> <a href="http://knitmaker.example/socks/42">Harbour Wool Walking Sock</a></p>
            <p><strong>Price:</strong> $14.00</p>
            """);
        Assert.Contains("Product: Harbour Wool Walking Sock", page.BodyParagraphs);
        Assert.Contains("Price: $14.00", page.BodyParagraphs);
    }

    [Fact]
    public void A_labelled_link_line_beside_another_link_line_is_a_teaser_as_before()
    {
        var page = Parse("""
            <p><strong>Read more:</strong> <a href="/walking/boots-that-last">Boots that last a decade</a></p>
            <p><strong>Also:</strong> <a href="/walking/gaiters">Do gaiters help?</a></p>
            """);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Read more", StringComparison.Ordinal));
    }
}
