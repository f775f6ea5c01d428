using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A break before a span holding a labelled credit alone is a picture box's layout: caption and credit read as one line (CreditSpanAfterBreak).</summary>
public class CreditSpanAfterBreakTests
{
    private static List<string> Lines(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"r\">" + markup + "</div></body></html>");
        return HtmlText.Lines(document.GetElementById("r")!).Select(line => line.Text.Trim()).Where(text => text.Length > 0).ToList();
    }

    [Theory]
    [InlineData("<td>The old ferry leaves the pier at dawn.<br />\n  <span style=\"float:left\">Credit: Town Archive</span></td>",
        "The old ferry leaves the pier at dawn. Credit: Town Archive")]
    [InlineData("<div>A timeline of the ferry's routes. [<a href=\"/routes\">See the full map</a>]<br /><span>Photo by Dana Ruiz, Harbour Trust</span></div>",
        "A timeline of the ferry's routes. [See the full map] Photo by Dana Ruiz, Harbour Trust")]
    public void A_labelled_credit_span_after_a_break_stays_on_its_captions_line(string markup, string line) =>
        Assert.Equal([line], Lines(markup));

    [Theory]
    // A plain name says nothing of being a credit.
    [InlineData("<td>The old ferry leaves the pier at dawn.<br /><span>Dana Ruiz</span></td>")]
    // A sentence that opens like a credit is the story's next line.
    [InlineData("<p>The council met on Monday.<br /><span>Credit: the harbour trust, which paid for the new engine and the painted deck, said the ferry would run all summer.</span></p>")]
    // A span holding more than its text is no bare credit.
    [InlineData("<td>The old ferry leaves the pier at dawn.<br /><span>Credit: <a href=\"/archive\">Town Archive</a></span></td>")]
    public void A_break_before_anything_else_parts_two_lines(string markup) =>
        Assert.Equal(2, Lines(markup).Count);

    [Fact]
    public void A_break_opening_the_box_joins_nothing()
    {
        Assert.Equal(["Credit: Town Archive", "The old ferry leaves the pier at dawn."],
            Lines("<td><br /><span>Credit: Town Archive</span><br />The old ferry leaves the pier at dawn.</td>"));
    }

    [Fact]
    public void On_a_page_each_caption_keeps_its_credit_and_the_crosshead_over_the_picture_stays_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>The harbour ferry is back</title></head><body>
            <div class="left_content"><h1>The harbour ferry is back</h1>
            <div class="by_line_date">by Lena Hansen, Staff Writer | March 3, 2015 09:15am ET</div>
            <div class="content">
            <span style="float:left;"><table><tr><td><img src="/ferry.jpg" alt="ferry"></td></tr>
            <tr><td>The old ferry leaves the pier at dawn, as it did for forty years.<br>
            <span style="float:left;">Credit: Town Archive</span></td></tr></table></span>
            <p>The harbour's ferry came back on Monday after a winter in the yard, and the first crossing was full by seven.</p>
            <p><strong>Back on the water</strong></p>
            <div class="article_img_left"><div><img src="/deck.jpg" alt="deck"></div><div><div>The new deck, painted in the town's colours.<br>
            <span style="float:left;">Credit: Harbour Trust</span></div></div></div>
            <p>Its captain said the engine had been rebuilt and the deck painted, and that the timetable would stay as it was.</p>
            <p>Fares rise by ten cents from June, the council said, the first rise in six years of service to the island.</p>
            </div></div></body></html>
            """), "ferry.html");

        Assert.Equal(2, page.Captions.Count);
        Assert.Contains("The old ferry leaves the pier at dawn, as it did for forty years. Credit: Town Archive", page.Captions);
        Assert.Contains("The new deck, painted in the town's colours. Credit: Harbour Trust", page.Captions);
        Assert.Contains("Back on the water", page.BodyParagraphs);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }
}
