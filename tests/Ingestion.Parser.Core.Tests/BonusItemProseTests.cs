using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BonusItemProseTests
{
    private static ParsedPage Parse(string last) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Five harbour moments we could have done without | Harbour Post</title></head><body>
        <article><h1>Five harbour moments we could have done without</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="entry-content">
        <p>A look back at the year on the waterfront, from the ferry that ran aground to the fish market's long closure.</p>
        <p>1. <strong>The ferry aground.</strong> It sat on the sandbank for two days while the whole town watched from the pier.</p>
        <p>2. <strong>The market closure.</strong> Nobody could buy fresh fish for a month, and the cafés ran out of chowder.</p>
        <p>{{last}}</p>
        </div></article></body></html>
        """), "harbour.html");

    [Fact]
    public void A_closing_bonus_item_written_in_sentences_is_a_paragraph()
    {
        const string item = "<strong>Bonus</strong>: The mayor's <a href=\"/x\">Christmas video</a> about the harbour, which looked like a spoof of a cooking show. Just kidding, <em>we loved it!</em> Never change, Mayor Quill.";
        var page = Parse(item);
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("Bonus: The mayor's Christmas video", page.BodyParagraphs[3]);
    }

    [Theory]
    [InlineData("<strong>BONUS:</strong> <a href=\"/ten-apps\">10 Apps Every Ferry Commuter Needs</a>")]
    [InlineData("BONUS: 10 Apps Every Ferry Commuter Needs")]
    public void A_bonus_link_to_another_story_is_still_no_paragraph(string teaser)
    {
        var page = Parse(teaser);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
