using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedListItemBoxTests
{
    private const string ItemHeading = "2. The ferry's captain re-posted the photo with a note that the choir had never sung better than on that crossing.";

    private static ParsedPage Parse(string secondItem) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html> <html> <head> <title>People Are Loving This Photo Of A Choir Singing On A Night Ferry</title>
        <meta value="Quayfeed" name="og:site_name"></head> <body>
        <article> <header><h1 id="post-title">People Are Loving This Photo Of A Choir Singing On A Night Ferry</h1>
        <div class="byline__body"><a href="/olab" class="byline__author">Ola Brenner</a></div></header>
        <div id="list_items" class="list-items">
        <div class="list_item list_item_image" id="item_1"> <div class="solid"> <h2 class="item_name"><span class="item_number">1.</span> Last week a passenger took this photo of the harbour choir singing on the deck of the night ferry.</h2>
        <p>The photo shows the singers in their winter coats, lit only by the lamps of the bridge, with the town behind them.</p> </div> </div>
        {{secondItem}}
        <div class="list_item list_item_text" id="item_3"> <div class="solid"> <h2 class="item_name"><span class="item_number">3.</span> The choir says it will sing on the ferry again every Friday until the spring tour begins.</h2> </div> </div>
        </div> </article></body></html>
        """), "choir-list.html");

    private static string InstagramItem(string heading) =>
        $"<div class=\"list_item list_item_video video_instagram\" id=\"item_2\"> <h2 class=\"item_name\">{heading}</h2> <div class=\"item_content\">"
        + "<blockquote class=\"instagram-media\"><div><span>Loading</span></div><p><a href=\"https://instagram.com/p/abc/\"> View on Instagram</a></p></blockquote></div>"
        + "<p class=\"item_desc\">The note read:</p> <p>\"I have crossed this water for thirty years and never heard it sound like that. Thank you to every one of them.\"</p> </div>";

    [Fact]
    public void A_numbered_item_in_a_box_named_for_its_embed_keeps_its_heading_and_text()
    {
        var page = Parse(InstagramItem(ItemHeading));

        Assert.Contains(ItemHeading, page.BodyParagraphs);
        Assert.Contains("The note read:", page.BodyParagraphs);
        Assert.Equal(6, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("View on Instagram", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_named_for_its_embed_without_a_numbered_sentence_stays_furniture()
    {
        var page = Parse(InstagramItem("Watch the choir"));

        Assert.DoesNotContain("The note read:", page.BodyParagraphs);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("thirty years", StringComparison.Ordinal));
    }
}
