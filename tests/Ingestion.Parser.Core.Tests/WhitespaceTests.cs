using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WhitespaceTests
{
    [Theory]
    [InlineData("Like\u00a0·\u00a0Reply", "Like · Reply")]
    [InlineData("By\u202fJane\u2009Doe", "By Jane Doe")]
    [InlineData("inter\u00adnational\u200b news", "international news")]
    [InlineData("\u200b", "")]
    public void Plain_spaces_replace_space_characters_and_drop_invisible_ones(string line, string expected) =>
        Assert.Equal(expected, Whitespace.PlainSpaces(line));

    [Fact]
    public void Plain_spaces_keep_a_text_browsers_cell_gap_and_tabs()
    {
        Assert.Equal("Comments (4)   View FAQ", Whitespace.PlainSpaces("Comments (4)\u00a0\u00a0 View FAQ"));
        Assert.Equal("Name\tDate", Whitespace.PlainSpaces("Name\tDate"));
    }
}
