using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LineBrokenUnderOpeningVerseTests
{
    private static ParsedPage Parse(string opening) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>A Winter on the Ridge – Tamsin Greave – Medium</title>
        <meta property="og:title" content="A Winter on the Ridge"><meta property="og:site_name" content="Medium"></head><body>
        <article><div class="postArticle-content"><section><div class="section-inner">
        <h1 class="graf graf--title">A Winter on the Ridge</h1>
        {opening}
        <p class="graf graf--p">We moved into the cabin on the ridge in November, when the road was still open and the pantry still full of jars.</p>
        <p class="graf graf--p">By January the road had closed, and the jars had become the most carefully counted things in the valley.</p>
        <p class="graf graf--p">This is what I learned about counting, and about the people who live up there all year round.</p>
        </div></section></div></article></body></html>
        """), "page.html");

    [Fact]
    public void An_epigraphs_short_second_line_goes_on_with_its_first()
    {
        var page = Parse("<blockquote class=\"graf graf--blockquote\">leave the lamp on for me<br />Mr. lighthouse</blockquote>");

        Assert.Equal(["leave the lamp on for me", "Mr. lighthouse"], page.BodyParagraphs.Take(2));
        Assert.Equal(5, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_line_under_a_finished_sentence_or_a_writers_name_is_not_read_so()
    {
        // A short line after a first line that ends its sentence, and the writer's bare name under a kept line.
        var finished = Parse("<blockquote class=\"graf graf--blockquote\">Leave the lamp on for me tonight.<br />Mr. lighthouse</blockquote>");
        var named = Parse("<p class=\"graf graf--p\">notes from a cabin on the ridge</p><p class=\"graf graf--p\">Tamsin Greave</p>");

        Assert.DoesNotContain("Mr. lighthouse", finished.BodyParagraphs);
        Assert.DoesNotContain("Tamsin Greave", named.BodyParagraphs);
    }

    [Theory]
    [InlineData("Mr. lighthouse", true)]
    [InlineData("Photo: Tamsin Greave", false)]
    [InlineData("12 January 2016", false)]
    [InlineData("", false)]
    public void Facts_of_the_line_under_the_kept_one(string line, bool goesOn)
    {
        var lines = new PageLines([new TextLine(0, "leave the lamp on for me"), new TextLine(0, line)]);

        Assert.Equal(goesOn, LineBrokenUnderOpeningVerse.Is(lines, 1, ["leave the lamp on for me"]));
    }

    [Fact]
    public void Nothing_goes_on_from_a_line_the_text_did_not_keep()
    {
        var lines = new PageLines([new TextLine(0, "leave the lamp on for me"), new TextLine(0, "Mr. lighthouse")]);
        var apart = new PageLines([new TextLine(0, "leave the lamp on for me"), new TextLine(0, ""), new TextLine(0, "Mr. lighthouse")]);

        Assert.False(LineBrokenUnderOpeningVerse.Is(apart, 2, ["leave the lamp on for me"]));
        Assert.False(LineBrokenUnderOpeningVerse.Is(lines, 1, ["A different first line"]));
        Assert.False(LineBrokenUnderOpeningVerse.Is(lines, 1, []));
    }
}
