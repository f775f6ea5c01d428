using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostedInCategoryLineTests
{
    [Fact]
    public void A_labelled_category_footer_lists_the_tags() =>
        Assert.Equal(["Congress", "Senate", "Budget fight"], PostedInCategoryLine.TryRead("Posted in: Congress, Senate, Budget fight"));

    [Theory]
    [InlineData("Posted in: Local News on September 26, 2013")]
    [InlineData("Posted in: the comments below, readers argued.")]
    [InlineData("Posted in Pasadena, Traffic")]
    [InlineData("Posted in:")]
    public void A_dated_or_unlabelled_line_lists_none(string line) => Assert.Null(PostedInCategoryLine.TryRead(line));
}
