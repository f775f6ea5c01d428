using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TrailingColonLeadInTests
{
    private static ParsedPage Parse(string ending) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run</title>
        <meta property="og:site_name" content="Harbor Courier"></head><body>
        <div id="news_content"><h1>Night Ferry Keeps Its Late Run</h1>
        <p class="dateline">First Posted: 08-13-10 05:18 PM</p>
        <div class="entry_body_text">
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        {{ending}}
        </div></div>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_short_lead_in_ending_in_a_colon_left_last_over_an_embedded_document_is_no_paragraph()
    {
        var page = Parse("""
            <p><br /><strong>READ the harbour board's full decision:</strong></p>
            <p><object type="application/x-shockwave-flash" data="http://viewer.example/" width="550" height="550"><param name="movie" value="http://viewer.example/"/></object></p>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("full decision", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_in_followed_by_the_paragraphs_it_introduces_stays()
    {
        var page = Parse("""
            <p>The board named the reasons:</p>
            <p>The late crossing is the only way home for the cannery's night shift on the island side.</p>
            """);
        Assert.Contains("The board named the reasons:", page.BodyParagraphs);
    }

    [Fact]
    public void A_longer_closing_sentence_ending_in_a_colon_stays()
    {
        var page = Parse("""
            <p>The captain put the question to the riders who crowded the pier on the last summer night:</p>
            """);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The captain put the question", StringComparison.Ordinal));
    }
}
