using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalisedPullQuoteSentenceTests
{
    private static ParsedPage Parse(string quote) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>A village learns to share one tractor</title></head><body>
        <article><h1>A village learns to share one tractor</h1>
        <div class="story-body">
        <p>For thirty years every farm on the ridge kept its own machines, and every farm was in debt for them.</p>
        <p>The change came after a wet spring, when “the bank stopped lending to anyone with a field under water,” said Hanna Orlov, who keeps the shared diary of bookings. “Then we had to talk to each other.”</p>
        {quote}
        <p>Now eleven families book the same tractor by the half day, and the diary hangs in the village shop.</p>
        <p>Nobody has missed a harvest since, Orlov said, though the arguments over Sundays have not stopped.</p>
        </div></article></body></html>
        """), "tractor.html");

    [Fact]
    public void A_pull_quote_lifting_a_sentence_from_inside_the_texts_sentence_goes()
    {
        var page = Parse("""<blockquote class="pq"><p>“The bank stopped lending to anyone with a field under water. Then we had to talk to each other”</p></blockquote>""");
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("“The bank", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_paragraph_that_rewords_the_text_stays()
    {
        var page = Parse("""<p>“The bank stopped lending to every farm with a field under water. Then we all had to talk to each other”</p>""");
        Assert.Equal(5, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("“the bank stopped lending to anyone,” she said.", "The bank stopped lending to anyone", true)]
    [InlineData("“Then the bank stopped lending,” she said.", "Then the bank stopped lending", false)]
    // The rest stands only inside a longer word.
    [InlineData("The riverbank stopped lending to anyone.", "Bank stopped lending to anyone", false)]
    public void The_sentence_stands_in_the_paragraph_with_its_first_letter_small(string paragraph, string sentence, bool expected) =>
        Assert.Equal(expected, CapitalisedPullQuoteSentence.IsIn(paragraph, sentence));
}
