using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedBracketedCreditTests
{
    private static ParsedPage Parse(string pictureParagraph) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry line adds a night crossing</title></head><body>
        <article><h1>Ferry line adds a night crossing</h1>
        <div class="article__data">
        <p>The harbour ferry line will add a night crossing from May, the operator said on Monday, after a year of requests from shift workers.</p>
        <p>Ridership on the evening boats has doubled since 2015, the operator's own figures show, and the last boat now leaves full most nights.</p>
        {{pictureParagraph}}
        <p>The new crossing leaves the north pier at half past eleven and returns from the island at midnight, and fares stay as they are.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_bracketed_credit_glued_after_the_picture_in_its_paragraph_is_its_caption()
    {
        var page = Parse("""<p><img src="https://example.com/img/ridership-chart.png" alt>(image taken from <a href="https://example.com/ridership">https://example.com</a>)</p>""");

        Assert.Equal(["(image taken from https://example.com)"], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("image taken from", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bracketed_sentence_after_a_picture_stays_text()
    {
        Assert.False(GluedBracketedCredit.Is("(the chart shows the evening boats since 2015)"));
        Assert.False(GluedBracketedCredit.Is("(image taken from the pier) and the boats left on time."));
    }
}
