using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AlignedPullQuoteTests
{
    private static ParsedPage Parse(string middle) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry rides go free for pass holders - Harbour Post</title></head><body>
        <article><h1>Night ferry rides go free for pass holders</h1>
        <p class="byline">by <span class="byline_author">Marta Olsen</span></p>
        <div class="article-body">
        <p>The harbour board said on Tuesday that holders of the yearly pass will ride the night ferry free from next month.</p>
        {{middle}}
        <p>The pass costs the same as last year, and the board expects the night crossings to fill up through the summer.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void An_aligned_quotation_filling_its_own_paragraph_is_a_pull_quote_and_no_paragraph()
    {
        var page = Parse("""<p><q class="center">Buy the pass early to ride the night ferry free</q></p>""");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Buy the pass early", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_inside_a_sentence_of_the_text_stays()
    {
        var page = Parse("""<p>The skipper said the new timetable was <q class="center">the best news the island has had in years</q> for its workers.</p>""");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("the best news the island has had in years", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_with_no_alignment_class_stays_as_its_paragraph()
    {
        var page = Parse("""<p><q>We have waited for this crossing for twenty years, and now it costs us nothing at all.</q></p>""");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
