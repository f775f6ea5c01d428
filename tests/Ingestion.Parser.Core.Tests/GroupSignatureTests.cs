using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GroupSignatureTests
{
    [Theory]
    [InlineData("The Dunmore High School Class of 1956", true)]
    [InlineData("The Staff and Residents of Maple Grove Manor", true)]
    [InlineData("Mary Beth Kane", false)]
    [InlineData("We will miss Peggy's laugh over the fence", false)]
    [InlineData("The Smiths, Dunmore, Pennsylvania, USA", false)]
    [InlineData("Praying for the whole family and all of her friends.", false)]
    public void A_long_capitalised_name_of_a_group_signs_an_entry(string text, bool signature) =>
        Assert.Equal(signature, GroupSignature.Is(text));

    [Fact]
    public void A_bulleted_group_name_is_a_comment_header()
    {
        Assert.True(CommentLine.TryReadAuthor("• The Dunmore High School Class of 1956", out var author, out _, out _));
        Assert.Equal("The Dunmore High School Class of 1956", author);
    }
}
