using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CodeListingLabelTests
{
    private static ParsedPage Parse(string label) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Society :: Counting the Tides</title></head><body>
        <div id="main"><h1>Counting the Tides</h1>
        <div class="article-content"><div>
        <p>This piece shows how a small program can count the tides in a printed table before a pilot brings a ship in.</p>
        <p>The function below takes the table and a port, and returns the number of high tides for that day (see the box below).</p>
        <table class="sidebartable">
        <tr><td><pre class="programlisting">
        int count_tides(const table&amp; t, port p) {
          return t.highs(p).size();
        }
        </pre></td></tr>
        <tr><td class="title">{{label}}</td></tr>
        </table>
        <p>Pilots still trust their own eyes over any program, and the next piece will explain why that remains wise.</p>
        </div></div></div>
        <div id="footer">Copyright 1994-2016 Harbour Society.</div></body></html>
        """), "tides.html");

    [Theory]
    [InlineData("Listing 3")]
    [InlineData("Figure 1")]
    [InlineData("Example 2.4")]
    public void The_number_of_a_boxed_code_listing_is_no_paragraph(string label)
    {
        var page = Parse(label);
        Assert.DoesNotContain(label, page.BodyParagraphs);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("int count_tides", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_in_the_box_stays() =>
        Assert.Contains("Listing 3 counts the tides of one port.", Parse("Listing 3 counts the tides of one port.").BodyParagraphs);
}
