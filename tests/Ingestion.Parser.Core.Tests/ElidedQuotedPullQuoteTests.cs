using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ElidedQuotedPullQuoteTests
{
    private static ParsedPage Parse(string quote) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>The bakery that reopened after the flood</title></head><body>
        <article><h1>The bakery that reopened after the flood</h1>
        <div class="story-body">
        <p>The river rose a metre in one night last March, and the ovens on Mill Lane stood in brown water for a week.</p>
        {quote}
        <p>Insurance paid for the floor and the wiring, but the family borrowed from neighbours to replace the ovens.</p>
        <p>“All we wanted was to open the doors … again by spring, for the people who had waited,” said Marta Quell, whose father founded the shop.</p>
        <p>The first loaves came out on the last Saturday in April, and the queue reached the bridge.</p>
        </div></article></body></html>
        """), "bakery.html");

    [Fact]
    public void A_pull_quote_without_the_texts_ellipsis_goes()
    {
        var page = Parse("""<blockquote class="pq"><p>“All we wanted was to open the doors again by spring, for the people who had waited”</p></blockquote>""");
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("“All we wanted was to open the doors …", page.BodyParagraphs[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_paragraph_sharing_only_a_few_words_stays()
    {
        var page = Parse("""<p>“All we wanted was a dry floor and a working oven, and the town gave us both,” Quell said later.</p>""");
        Assert.Equal(5, page.BodyParagraphs.Count);
    }
}
