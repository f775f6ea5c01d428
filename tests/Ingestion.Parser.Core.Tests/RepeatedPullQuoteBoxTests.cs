using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedPullQuoteBoxTests
{
    private static string Page(string quote) => $$"""
        <html><head><meta charset="utf-8"><title>The night shift at the lock - Canal Gazette</title></head>
        <body><main><article><h1>The night shift at the lock</h1>
        <div class="ArticleBody">
        <p>The lock keeper starts her shift at ten, when the last pleasure boats have tied up and the freight barges begin to queue.</p>
        <p>“We fix what breaks before the morning boats come,” she said. “Nobody thanks you for a gate that opens, and that is the job.”</p>
        <p>By four the queue is gone, and she walks the towpath with a torch to check the paddles on the upper gate for weed.</p>
        {{quote}}
        <p>The canal trust wants a second keeper for the summer nights, when the hire boats run late and the queue is twice as long.</p>
        </div></article></main></body></html>
        """;

    [Fact]
    public void A_quote_box_repeating_a_quotation_of_the_text_with_its_punctuation_changed_is_no_paragraph()
    {
        const string box = """
            <div class="Enhancement"><div class="Quote"><blockquote>We fix what breaks before the morning boats come. Nobody thanks you for a gate that opens, and that is the job.</blockquote>
            <div class="Quote-attribution">Maren Fisk</div></div></div>
            """;
        var body = HtmlPageSplitter.Split(Page(box)).BodyParagraphs;
        Assert.Equal(4, body.Count);
        Assert.DoesNotContain("Maren Fisk", body);
        Assert.DoesNotContain(body, paragraph => paragraph.StartsWith("We fix what breaks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_box_whose_words_the_text_does_not_repeat_stays()
    {
        const string box = """
            <div class="Quote"><blockquote>The gates were built in 1794 and have been rehung four times since, the last in the dry summer of 1976.</blockquote></div>
            """;
        var body = HtmlPageSplitter.Split(Page(box)).BodyParagraphs;
        Assert.Contains("The gates were built in 1794 and have been rehung four times since, the last in the dry summer of 1976.", body);
    }
}
