using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AttachmentBoxCaptionTests
{
    private const string Text = """
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free on any later sailing.</p>
        <p>Harbour staff said the pier had taken no damage and the fuel barge would call on Thursday as planned.</p>
        """;

    [Fact]
    public void The_text_block_after_the_picture_in_a_renamed_attachment_box_is_its_caption()
    {
        var page = Parse("""
            <div id="attachment_4821" class="inline-width alignnone" style="width: 770px"><a href="/files/ferry.jpg"><img src="/files/ferry.jpg" alt="The ferry at the pier" width="770" height="478"></a><div class="sts meta">The island ferry at the north pier on Tuesday morning, back in service after the storm.</div></div>
            """);

        Assert.Equal(["The island ferry at the north pier on Tuesday morning, back in service after the storm."], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("The island ferry at the north pier", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_in_a_box_of_another_id_or_with_links_is_no_caption()
    {
        var page = Parse("""
            <div id="promo_4821" class="inline-width"><a href="/files/ferry.jpg"><img src="/files/ferry.jpg" alt="" width="770" height="478"></a><div class="sts meta">The island ferry at the north pier on Tuesday morning, back in service after the storm.</div></div>
            <div id="attachment_4822" class="inline-width"><a href="/files/pier.jpg"><img src="/files/pier.jpg" alt="" width="770" height="478"></a><div class="sts meta">Read <a href="/timetable">the winter timetable</a> before you travel.</div></div>
            """);

        Assert.Empty(page.Captions);
    }

    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>Ferry back in service | Harbour Post</title></head><body>
        <article><h1>Ferry back in service after two days in port</h1>
        <div class="entry-content">{box}
        {Text}</div></article></body></html>
        """), "ferry.html");
}
