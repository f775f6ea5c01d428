using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterContactPitchTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>Why Ferry Queues Teach Patience | Harbour Notes</title>
        <meta value="Harbour Notes" name="og:site_name"></head><body>
        <article><h1>Why Ferry Queues Teach Patience</h1><p class="byline">By Nora Lindqvist</p>
        <div class="article-body"><p>Every morning the line of cars at the ferry ramp grows a little longer, and every morning the drivers find a way to pass the time.</p>
        <p>Some read, some sleep, and a few walk down to the water to watch the boat come in across the bay.</p>
        <p>After twenty years of guiding those boats in, I have learned that the queue is where the town talks to itself.</p>
        {{closing}}</div></article></body></html>
        """), "ferry-queues.html");

    [Fact]
    public void A_bold_question_with_a_link_to_reach_the_writer_closing_the_text_is_no_paragraph()
    {
        var page = Parse("""<p><strong>Want a harbour talk at your club? You can </strong><a href="http://example.org/contact"><strong>get in touch with me here</strong></a><strong>.</strong></p>""");
        Assert.Equal("After twenty years of guiding those boats in, I have learned that the queue is where the town talks to itself.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_question_in_the_text_quoting_someone_who_asks_to_be_contacted_stays()
    {
        var page = Parse("""<p>Who will pay for the new ramp? Contact me, the harbour master told the council, and I will show you the bill.</p>""");
        Assert.StartsWith("Who will pay for the new ramp?", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }
}
