using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EpigraphOverTextTests
{
    private static PageLines Lines(params (int Indent, string Text)[] lines) =>
        new([.. lines.Select(line => new TextLine(line.Indent, line.Text))]);

    [Fact]
    public void An_indented_motto_over_the_text_points_to_the_line_above_it()
    {
        var lines = Lines(
            (0, "How the harbour board changed the timetable"),
            (0, ""),
            (4, "nobody asked the ferry men"),
            (4, "the harbour master"),
            (0, ""),
            (0, "First, I need to say something about the harbour board and its letters."));

        Assert.Equal(0, EpigraphOverText.LineAbove(lines, 5));
    }

    [Fact]
    public void Lines_at_the_texts_margin_are_no_motto()
    {
        var lines = Lines(
            (3, "How the harbour board changed the timetable"),
            (0, ""),
            (3, "nobody asked the ferry men"),
            (0, ""),
            (3, "First, I need to say something about the harbour board and its letters."));

        Assert.Equal(-1, EpigraphOverText.LineAbove(lines, 4));
    }

    [Fact]
    public void An_indented_list_or_a_long_block_is_no_motto()
    {
        var list = Lines(
            (0, "Timetable changes"),
            (0, ""),
            (5, "* Monday: first ferry at seven"),
            (0, ""),
            (0, "First, I need to say something about the harbour board and its letters."));
        var block = Lines(
            (0, "Timetable changes"),
            (0, ""),
            (4, "one"),
            (4, "two"),
            (4, "three"),
            (4, "four"),
            (4, "five"),
            (0, ""),
            (0, "First, I need to say something about the harbour board and its letters."));

        Assert.Equal(-1, EpigraphOverText.LineAbove(list, 4));
        Assert.Equal(-1, EpigraphOverText.LineAbove(block, 8));
    }
}
