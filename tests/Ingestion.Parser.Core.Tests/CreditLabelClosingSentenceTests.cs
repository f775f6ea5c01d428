using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditLabelClosingSentenceTests
{
    [Theory]
    [InlineData("Here is the short script that resizes each uploaded image:")]
    [InlineData("The next step stitches the frames into one wide photo:")]
    public void A_sentence_ending_with_a_labels_word_and_colon_is_no_caption(string line)
    {
        Assert.True(CreditLabelClosingSentence.Is(line));
        Assert.Null(CaptionDetector.TryRead(line));
    }

    [Theory]
    [InlineData("Photo:")]
    [InlineData("The new library photo")]
    [InlineData("Readers sent in this photo: Jane Marsh")]
    public void A_bare_label_or_a_label_with_its_credit_is_not_such_a_sentence(string line) =>
        Assert.False(CreditLabelClosingSentence.Is(line));

    [Fact]
    public void The_sentence_over_a_code_block_stays_in_the_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <!doctype html><html><head><meta charset="utf-8"><title>Resizing uploads with a queue</title></head>
            <body><article><h1>Resizing uploads with a queue</h1><section class="article_body">
            <p>Uploads arrive at all hours, so the service puts each one on a queue before anything else happens to it.</p>
            <p>A worker takes the next upload from the queue and writes three sizes of it to the store within seconds.</p>
            <p>Here is the short script that resizes each uploaded image:</p>
            <pre>resize(upload, 640);</pre>
            <p>The worker then marks the upload as done, and the page that shows it picks up the new sizes at once.</p>
            </section></article></body></html>
            """), "resize.html");

        Assert.Contains("Here is the short script that resizes each uploaded image:", page.BodyParagraphs);
        Assert.Empty(page.Captions);
    }
}
