using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineWordInSentenceTests
{
    private static ParsedPage Parse(string bodyHtml) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Valley dam to reopen - The Plains Courier</title></head><body>
        <h1>Valley dam to reopen</h1><div class="story-body">
        {bodyHtml}
        <p>Engineers said the spillway would be tested again in the autumn, once the river falls below its summer level.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_topic_link_with_a_furniture_class_inside_a_sentence_stays_in_it()
    {
        var page = Parse("""<p>After two dry years, the state plans to reopen the dam on the <a class="meta-loc" href="/topics/marren">Marren River</a> and lift the limits on farm water, officials said on Monday.</p>""");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("on the Marren River and lift", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tagged_word_before_a_comma_stays_in_the_sentence()
    {
        var page = Parse("""<p>The water board will also stop pumping from the <span class="tag-place">Corran Flats</span>, where wells ran dry twice last summer and farmers sued the county.</p>""");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("the Corran Flats, where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_glossary_link_before_a_capitalised_noun_stays_in_the_sentence()
    {
        var page = Parse("""<p>Die Pächter bauen auf dem Hang vor allem <span class="modal-glossary"><a href="/lexikon/riesling">Riesling</a></span> Reben an, die im Oktober von Hand gelesen werden.</p>""");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("vor allem Riesling Reben an", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("meta-loc", "Posted in ", " | 3 comments")]
    [InlineData("byline", "Story by ", " and staff")]
    [InlineData("credit", "Photo: ", " for the Courier")]
    public void A_furniture_element_without_sentence_text_on_both_sides_still_goes(string className, string before, string after)
    {
        var text = $"{before}<span class=\"{className}\">Dale Ormond</span>{after}";
        using var document = new HtmlParser().ParseDocument($"<p>{text}</p>");

        Assert.False(InlineWordInSentence.Holds(document.QuerySelector("span")!));
    }

    [Fact]
    public void A_box_with_a_furniture_class_is_never_held_back()
    {
        using var document = new HtmlParser().ParseDocument("""<p>The dam <div class="meta">Share</div> opens.</p>""");

        Assert.False(InlineWordInSentence.Holds(document.QuerySelector("div")!));
    }

    [Fact]
    public void A_topic_link_opening_a_paragraph_in_its_possessive_is_the_sentences_first_word()
    {
        var page = Parse("""<p><a class="meta-org" href="/topic/company/harlow-mills">Harlow Mills</a>’s $2.1 billion offer for the valley's grain stores is a tangled deal, showing how a split sale can leave the owners without a vote.</p>""");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Harlow Mills’s $2.1 billion offer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_link_opening_a_paragraph_before_a_small_word_stays_in_it()
    {
        using var document = new HtmlParser().ParseDocument("""<p><a class="meta-per" href="/topic/person/ada-voss">Ada Voss</a> said on Monday that the mill would keep its night shift through the winter, whatever the sale brings.</p>""");

        Assert.True(InlineWordInSentence.Holds(document.QuerySelector("a")!));
    }

    [Theory]
    [InlineData("<p><a class=\"meta-tag\" href=\"/tag/farming\">Farming</a> | 3 comments</p>")]
    [InlineData("<p><a class=\"meta-tag\" href=\"/tag/farming\">Farming</a>’s week</p>")]
    [InlineData("<p>Filed under <a class=\"meta-tag\" href=\"/tag/farming\">Farming</a></p>")]
    public void A_furniture_link_opening_a_short_line_or_a_row_still_goes(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);

        Assert.False(InlineWordInSentence.Holds(document.QuerySelector("a")!));
    }
}
