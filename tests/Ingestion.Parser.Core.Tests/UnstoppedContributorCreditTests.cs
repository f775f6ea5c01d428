using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnstoppedContributorCreditTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry timetable slips again - Harbour Post</title></head><body>
        <article><h1 class="pg-headline">Ferry timetable slips again</h1>
        <p class="metadata__byline">By <a href="/profiles/marta-olsen">Marta Olsen</a>, Harbour Post</p>
        <section class="zn-body-text"><div class="l-container">
        <div class="zn-body__paragraph">The harbour board has moved the morning ferry three times this year, and commuters say they no longer trust the printed timetable.</div>
        <div class="zn-body__paragraph">The board's chair said a new schedule would be fixed in spring, after the pier works are finished and the crews are hired.</div>
        <div class="zn-body__paragraph">Until then, the board will post each week's times on the pier gate and on its website, the chair said on Monday.</div>
        {{closing}}
        </div></section></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_contributors_credit_in_italics_without_a_full_stop_is_no_paragraph()
    {
        var page = Parse("""<p class="zn-body__paragraph zn-body__footer"><em>Harbour Post's Lena Brook and Ivo Marsh contributed to this story</em></p>""");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("contributed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_ends_in_other_words_after_the_verb_stays()
    {
        var page = Parse("""<div class="zn-body__paragraph">Every family on the north pier contributed to this story of a timetable nobody could read</div>""");

        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("Lena Brook and Ivo Marsh contributed to this report", true)]
    [InlineData("Harbour Post's Lena Brook contributed reporting", true)]
    [InlineData("All the families who have lived on the north pier since the old ferry first sailed there have contributed to this story", false)]
    public void The_names_before_the_verb_are_few(string line, bool credit)
    {
        Assert.Equal(credit, BoilerplateFilter.IsContributorCredit(line));
    }
}
