using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class SummaryPointsTests
{
    [Fact]
    public void Unbulleted_points_under_the_label_up_to_the_blank_line_are_the_summary()
    {
        var lines = new PageLines(TextLine.Split("Story Highlights\nAbout 5.5 million policies were in force last year\nThe biggest drop came in inland counties\n\nWASHINGTON — The number fell."));
        Assert.Equal(2, SummaryPoints.End(lines, 0, lines.Count));
    }

    [Fact]
    public void Sentences_under_the_label_are_no_points()
    {
        var lines = new PageLines(TextLine.Split("Highlights\nThe show opened on Friday to a full house.\nCritics were kind.\n\nMore text."));
        Assert.Equal(-1, SummaryPoints.End(lines, 0, lines.Count));
        var one = new PageLines(TextLine.Split("Highlights\nA single line alone\n\nMore text."));
        Assert.Equal(-1, SummaryPoints.End(one, 0, one.Count));
    }

    [Fact]
    public void With_no_blank_line_the_texts_first_paragraph_ends_the_unbulleted_points()
    {
        var lines = new PageLines(TextLine.Split("Story Highlights\nAbout 5.5 million policies were in force last year\nThe biggest drop came in inland counties\n"
            + "WASHINGTON — The number of Americans who signed up for flood insurance fell for the second straight year in 2012, even as the cost of storms rose."));
        Assert.Equal(2, SummaryPoints.End(lines, 0, lines.Count));
    }

    [Fact]
    public void With_no_blank_line_a_short_sentence_under_the_points_ends_no_list()
    {
        var lines = new PageLines(TextLine.Split("Story Highlights\nAbout 5.5 million policies were in force last year\nThe biggest drop came in inland counties\nThe report was short."));
        Assert.Equal(-1, SummaryPoints.End(lines, 0, lines.Count));
    }
}
