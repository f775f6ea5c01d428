using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NestedHeadedSectionsTests
{
    private const string Chapter = """
        <div class="content"><section data-type="chapter" id="ch"><h1>Keeping the Ferry Schedule Honest</h1>
        <p class="byline author">Written by Tamsin Orr<br>Edited by Walt Becker</p>
        <p>The ferry office learned to publish its timetable from the boats' own logs, and this chapter tells how.</p>
        <section data-type="sect1" id="a"><h1>Reading the logs</h1>
        <p>Every boat writes a line when it casts off and another when it ties up, and the office keeps both lines.</p></section>
        <section data-type="sect1" id="b"><h1>Publishing the table</h1>
        <p>The table is rebuilt each night from the week's lines, so a late boat shows up in the next morning's table.</p>
        <section data-type="sect2" id="b1"><h2>A winter of late boats</h2>
        <p>In the first winter the boats were late so often that the table changed every night and nobody trusted it.</p>
        <p>The crews asked for a rule that ignored one late day, and the office wrote the rule in a single afternoon.</p>
        <p>With the rule in place the table settled, and the letters to the harbour master stopped within a month.</p></section>
        <section data-type="sect2" id="b2"><h2>The long run</h2>
        <p>A timetable that moves every night is no timetable at all, the harbour master said at the spring meeting.</p></section>
        </section>
        <section data-type="sect1" id="c"><h1>Conclusion</h1>
        <p>Logs kept by the crews themselves turned out to be the best source the office ever had for its timetable.</p></section>
        </section></div>
        """;

    [Fact]
    public void A_part_among_headed_parts_of_its_kind_climbs_to_the_whole_chapter()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Chapter + "</body></html>");

        Assert.Equal("ch", NestedHeadedSections.Outline(document.GetElementById("b1"))!.Id);
    }

    [Theory]
    [InlineData("<section class=\"story\" id=\"s\"><h2>Story</h2><p>Text.</p></section><section class=\"related\"><h2>Related</h2><p>Teaser.</p></section>")]
    [InlineData("<section id=\"s\"><p>Text with no heading.</p></section><section><h2>Other</h2><p>Teaser.</p></section>")]
    [InlineData("<section id=\"s\"><h2>Story</h2><p>Text.</p></section><div><h2>Other</h2><p>Teaser.</p></div>")]
    public void A_section_without_headed_sibling_parts_of_its_kind_stays_the_root(string sections)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><main>" + sections + "</main></body></html>");
        var root = document.GetElementById("s")!;

        Assert.Same(root, NestedHeadedSections.Outline(root));
    }

    [Fact]
    public void A_book_chapter_in_nested_sections_keeps_every_part_in_order()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("<html><head><title>Harbour Office - Timetables</title></head><body><main>"
            + "<div class=\"header\"><h2 class=\"chapter-title\">Chapter 3 - Keeping the Ferry Schedule Honest</h2></div>" + Chapter
            + "<div class=\"footer\"><a href=\"/ch2\"><p class=\"footer-caption\">Previous</p><p class=\"chapter-link\">Chapter 2 - Tides</p></a>"
            + "<a href=\"/ch4\"><p class=\"footer-caption\">Next</p><p class=\"chapter-link\">Chapter 4 - Crews</p></a></div></main></body></html>"), "chapter.html");

        Assert.Equal("Keeping the Ferry Schedule Honest", page.Title);
        Assert.Equal(["Tamsin Orr"], page.Authors);
        Assert.StartsWith("The ferry office learned", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.Contains("Reading the logs", page.BodyParagraphs);
        Assert.Contains("A winter of late boats", page.BodyParagraphs);
        Assert.StartsWith("Logs kept by the crews", page.BodyParagraphs[^1], StringComparison.Ordinal);
        Assert.Empty(page.Captions);
    }
}
