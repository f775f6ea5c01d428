using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkOnlyParagraphBlockTests
{
    private static ParsedPage Parse(string middle) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry timetable slips again - Harbour Post</title></head><body>
        <article><h1 class="pg-headline">Ferry timetable slips again</h1>
        <p class="metadata__byline">By <a href="/profiles/marta-olsen">Marta Olsen</a>, Harbour Post</p>
        <section class="zn-body-text"><div class="l-container">
        <div class="zn-body__paragraph">The harbour board has moved the morning ferry three times this year, and commuters say they no longer trust the printed timetable.</div>
        {{middle}}
        <div class="zn-body__paragraph">The board's chair said a new schedule would be fixed in spring, after the pier works are finished and the crews are hired.</div>
        <div class="zn-body__paragraph">Until then, the board will post each week's times on the pier gate and on its website, the chair said on Monday.</div>
        </div></section></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_paragraph_block_holding_only_a_link_to_another_story_is_no_paragraph()
    {
        var page = Parse("""
            <div class="zn-body__paragraph"><a href="/2016/03/11/pier-works/index.html">Source: Pier works 'behind schedule' say crews</a></div>
            <div class="zn-body__paragraph"><a href="https://lists.example.test/?u=4411">Nightcap: Pier works start on Monday | Sign up</a></div>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Pier works", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_block_with_a_link_inside_its_sentence_stays()
    {
        var page = Parse("""
            <div class="zn-body__paragraph">The <a href="/2016/03/11/pier-works/index.html">pier works</a> began in January and should end before the summer timetable starts.</div>
            """);

        Assert.Equal(4, page.BodyParagraphs.Count);
    }
}
