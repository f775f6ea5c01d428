using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DatedWriterCardTitleTests
{
    private static string Page(string after) => $$"""
        <html><head><meta charset="utf-8"><title>What a year of the garden club taught us — Blogform</title>
        <meta name="author" content="Marit Oyelaran"/></head><body>
        <article><div class="postField postField--body">
        <h3 class="graf--h3">What a year of the garden club taught us</h3>
        <p class="graf--p">We started the garden club in a borrowed shed with four members, two spades and a bag of seed potatoes from the market.</p>
        <p class="graf--p">A year later there are thirty of us, a rota for the watering and a waiting list for the raised beds by the school fence.</p>
        </div>
        {{after}}
        </article></body></html>
        """;

    private const string Card = """
        <div class="postFooter-info"><div class="infoCard"><div class="infoCard-info"><div class="infoCard-wrapper">
        <div class="infoCard-title">Written <span class="postMetaInline--date"><span> on </span><time class="post-date">Apr 3</time></span> by</div>
        <a class="link link--primary" href="https://blogform.example/@marit">Marit Oyelaran</a>
        <div class="infoCard-bio">Allotment holder, late riser.</div></div></div></div>
        <div class="postMeta-acknowledgments"><span>Thanks to</span> <span><a class="link" href="https://blogform.example/@kwame">Kwame Doyle</a></span>.</div></div>
        """;

    [Fact]
    public void A_dated_writer_card_under_the_post_is_no_paragraph()
    {
        var body = HtmlPageSplitter.Split(Page(Card)).BodyParagraphs;
        Assert.Equal(2, body.Count);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Written on", StringComparison.Ordinal) || paragraph == "Marit Oyelaran");
    }

    [Theory]
    [InlineData("Written on Apr 3 by", true)]
    [InlineData("Written on September 30, 2015 by", true)]
    [InlineData("Written on the shed door by", false)]
    [InlineData("Written on Apr 3 by Marit Oyelaran", false)]
    public void The_title_is_known_by_the_day_between_its_label_and_by(string text, bool expected) =>
        Assert.Equal(expected, DatedWriterCardTitle.Is(text));

    [Fact]
    public void A_sentence_of_the_post_that_opens_alike_stays()
    {
        const string sentence = "Written on the shed door by the first members, the rota still hangs there with 12 names crossed out and written again.";
        var body = HtmlPageSplitter.Split(Page($"<p class=\"graf--p\">{sentence}</p>")).BodyParagraphs;
        Assert.Contains(sentence, body);
    }
}
