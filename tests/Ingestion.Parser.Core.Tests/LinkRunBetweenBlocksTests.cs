using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkRunBetweenBlocksTests
{
    private static ParsedPage Parse(string between) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Harbour week in review - Harbour Weekly</title></head><body>
        <h1>Harbour week in review</h1>
        <div class="article_body">
        <p>The ferry company confirmed on Monday that the new boat will start its crossings in the spring, twelve a day.</p>
        <p>The mayor told the council that fares will match the bus fares, and that pupils will travel for free.</p>
        {{between}}
        <h2>The dredging plan</h2>
        <p>The harbour board approved the dredging plan on Wednesday after a long debate about the cost of the work.</p>
        <p>Work on the outer basin is to begin in the autumn and should take about six weeks, the board said.</p>
        </div></body></html>
        """), "week.html");

    [Fact]
    public void Two_bare_links_side_by_side_between_paragraphs_are_no_paragraph()
    {
        var page = Parse("""
            <a href="/article/351/" class="t_link">Ferry company orders a second boat (4/4)</a>
            <a href="/article/352/" class="t_link">Pupils to ride the ferry for free (4/5)</a>
            """);
        Assert.Equal(5, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("second boat", StringComparison.Ordinal));
        Assert.Contains("The dredging plan", page.BodyParagraphs);
    }

    [Fact]
    public void A_single_bare_link_stays()
    {
        var page = Parse("""<a href="https://example.org/report.pdf">The harbour board's dredging report</a>""");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("dredging report", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_with_words_between_them_are_a_line_of_text()
    {
        var page = Parse("""See <a href="/article/351/">the ferry timetable</a> and <a href="/article/352/">the fare table</a> for the details.""");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("ferry timetable", StringComparison.Ordinal));
    }
}
