using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LowercaseInitialNameTests
{
    [Theory]
    [InlineData("kimberly s.", true)]
    [InlineData("mary-kate o.", true)]
    [InlineData("josé m.", true)]
    [InlineData("Kimberly s.", true)]
    [InlineData("kimberly s", false)]
    [InlineData("they followed the kids.", false)]
    [InlineData("i think so.", false)]
    [InlineData("read it again s.", false)]
    [InlineData("1999 b.", false)]
    public void A_lower_case_name_ends_with_the_initial_of_the_surname(string text, bool name) =>
        Assert.Equal(name, LowercaseInitialName.Is(text));

    [Fact]
    public void A_bulleted_lower_case_name_with_an_initial_is_a_comment_header()
    {
        Assert.True(CommentLine.TryReadAuthor("• kimberly s.", out var author, out _, out _));
        Assert.Equal("kimberly s.", author);
    }

    [Fact]
    public void A_bulleted_lower_case_name_with_an_initial_says_a_comment()
    {
        Assert.True(CommentLine.TryReadAuthor("• kimberly s. says:", out var author, out _, out _));
        Assert.Equal("kimberly s.", author);
    }

    [Fact]
    public void An_unmarked_lower_case_sentence_ending_in_a_letter_is_no_header() =>
        Assert.False(CommentLine.TryReadAuthor("go with plan b.", out _, out _, out _));
}
