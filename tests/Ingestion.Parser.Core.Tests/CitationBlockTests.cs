using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CitationBlockTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Box =
        "Owen Falkirk is a staff writer who covers biology.\n\nCitations\n"
        + "MLA: Falkirk, Owen. \"Tiny animals survive drying out.\" Discovery Quarterly, 27 Sept. 2013.\n"
        + "APA: Falkirk, O. (2013, September 27). Tiny animals survive drying out. Discovery Quarterly.";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_label_and_its_style_lines_are_furniture(int index) => Assert.True(CitationBlock.Is(Lines(Box), index));

    [Fact]
    public void The_text_above_is_no_citation() => Assert.False(CitationBlock.Is(Lines(Box), 0));

    [Theory]
    [InlineData("The union spoke for the teachers.\n\nAPA: the American Psychological Association, which met in Boston this week.", 2)]
    [InlineData("Citations\n\nThe officer wrote three citations for speeding on Main Street.", 0)]
    public void A_style_line_without_the_label_or_a_label_over_text_stays(string text, int index) => Assert.False(CitationBlock.Is(Lines(text), index));
}
