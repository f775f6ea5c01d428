using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LineBufferBreakTests
{
    private const string Sentence = "The harbour board spent most of the evening on the dredging budget, and the chair kept the public comments to two minutes each. ";

    /// <summary>A paragraph of nine sentences (about 1,150 bytes) broken, as lynx and w3m break it, at the last space before 1,010 bytes.</summary>
    private static (string Paragraph, string First, string Tail) Broken()
    {
        var paragraph = new StringBuilder();
        for (var i = 0; i < 9; i++)
        {
            paragraph.Append(Sentence);
        }

        var text = paragraph.ToString().TrimEnd();
        var cut = text.LastIndexOf(' ', 1010);
        return (text, text[..cut], text[(cut + 1)..]);
    }

    [Fact]
    public void A_paragraph_the_browsers_line_buffer_broke_is_one_line_again()
    {
        var (paragraph, first, rest) = Broken();

        var lines = LineBufferBreak.Join([new TextLine(3, first), new TextLine(3, rest), new TextLine(0, string.Empty), new TextLine(3, "Next paragraph.")]);

        Assert.Equal(3, lines.Count);
        Assert.Equal(paragraph, lines[0].Text);
    }

    [Fact]
    public void A_padded_table_row_of_the_same_length_stays()
    {
        var row = "Sections" + new string(' ', 16) + "Ferry board proposes higher fares" + new string(' ', 960) + "x";
        var lines = LineBufferBreak.Join([new TextLine(0, row), new TextLine(0, "Island News (212)")]);

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void A_short_line_over_another_stays()
    {
        var lines = LineBufferBreak.Join([new TextLine(0, "The board met on"), new TextLine(0, "Tuesday night.")]);

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void A_rendered_reviews_broken_paragraph_is_body_not_a_caption()
    {
        var (paragraph, first, rest) = Broken();
        var page = $"""
            Harbour Weekly

            Dredging Night at the Harbour Board

            By Nora Voss

            November 18, 2016

            The board met on Tuesday to settle the dredging budget that has been argued over since the spring, and it finally did.

            {first}
            {rest}

            The board meets again in May, when the contractor's first report is due.
            """;

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt");

        Assert.Contains(paragraph, parsed.BodyParagraphs);
        Assert.Empty(parsed.Captions);
    }
}
