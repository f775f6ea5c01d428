using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FiguresTableElementTests
{
    private static ParsedPage Parse(string table) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Sorting floats: radix sort against the standard library - Ada's notes</title></head><body>
        <article><h1 class="entry-title">Sorting floats: radix sort against the standard library</h1><div class="entry-content">
        <p>A reader asked how our radix sort compares with the sort in the standard library on arrays of floating-point numbers.</p>
        <p>I ran both on a laptop with a recent compiler, with each array sorted ten times.</p>
        {table}
        <p>So the radix sort is roughly four times faster on large arrays, and about even on small ones.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_table_printed_as_one_table_a_row_is_no_body_either()
    {
        var page = Parse("""
            <table class="spip"><tbody><tr class="row_odd odd"><td>small random</td><td class="numeric">1.1</td><td class="numeric">1.2</td></tr></tbody></table><table class="spip"><tbody><tr class="row_odd odd"><td>large random</td><td class="numeric">41</td><td class="numeric">162</td></tr></tbody></table><table class="spip"><tbody><tr class="row_odd odd"><td>sorted</td><td class="numeric">38</td><td class="numeric">95</td></tr></tbody></table>
            <table class="spip"><thead><tr class="row_first"><th>all arrays</th><th><p>80.1</p></th><th><p>258.2</p></th></tr></thead><tbody></tbody></table>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("random", StringComparison.Ordinal) || paragraph == "41");
    }

    [Fact]
    public void Two_one_row_tables_side_by_side_stay()
    {
        var page = Parse("""
            <table><tr><td>Radix sort</td><td>41 ms</td></tr></table><table><tr><td>Standard sort</td><td>162 ms</td></tr></table>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("41 ms", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_figures_in_the_text_is_no_body()
    {
        var page = Parse("""
            <table><tbody><tr><th>array</th><th>radix sort</th><th>standard sort</th></tr>
            <tr><td>small_random</td><td>1.1 ms</td><td>1.2 ms</td></tr>
            <tr><td>large_random</td><td>41 ms</td><td>162 ms</td></tr>
            <tr><td>sorted</td><td>38 ms</td><td>95 ms</td></tr></tbody></table>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains(" ms", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_words_or_of_sentences_stays_with_the_text()
    {
        Assert.False(FiguresTableElement.IsFigures(Element("""
            <table><tr><td>Monday</td><td>Reading group</td></tr><tr><td>Tuesday</td><td>Office hours</td></tr><tr><td>Friday</td><td>Seminar</td></tr></table>
            """)));
        Assert.False(FiguresTableElement.IsFigures(Element("""
            <table><tr><td>2013</td><td>We moved the whole team to the new building by the river, which took most of the spring.</td></tr>
            <tr><td>2014</td><td>1</td></tr><tr><td>2015</td><td>2</td></tr></table>
            """)));
    }

    [Fact]
    public void Two_rows_of_figures_are_too_few_for_a_table()
    {
        Assert.False(FiguresTableElement.IsFigures(Element("""
            <table><tr><th>array</th><th>time</th></tr><tr><td>sorted</td><td>38 ms</td></tr></table>
            """)));
    }

    private static AngleSharp.Dom.IElement Element(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{html}</body></html>").QuerySelector("table")!;

    [Fact]
    public void A_tables_long_title_row_and_a_frame_of_two_figure_tables_go_with_the_figures()
    {
        var page = Parse("""
            <blockquote><table><tr><th colspan="3">Arrays sorted on the laptop, by kind of input data</th></tr>
            <tr><td>small random</td><td>1.1</td><td>1.2</td></tr><tr><td>large random</td><td>41</td><td>162</td></tr>
            <tr><td>sorted</td><td>38</td><td>95</td></tr></table></blockquote>
            <blockquote><table><tr><th colspan="2">Fastest runs</th></tr><tr>
            <td><table><tr><th colspan="3">Radix</th></tr><tr><td>run one</td><td>40 ms</td><td>0.4%</td></tr><tr><td>run two</td><td>41 ms</td><td>0.5%</td></tr><tr><td>run three</td><td>43 ms</td><td>0.7%</td></tr></table></td>
            <td><table><tr><th colspan="3">Standard</th></tr><tr><td>run one</td><td>160 ms</td><td>1.4%</td></tr><tr><td>run two</td><td>162 ms</td><td>1.5%</td></tr><tr><td>run three</td><td>170 ms</td><td>1.9%</td></tr></table></td>
            </tr></table></blockquote>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Arrays sorted", StringComparison.Ordinal) || paragraph == "Fastest runs");
    }
}
