using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedByLabelTests
{
    [Theory]
    [InlineData("ByMaren Holloway", 2)]
    [InlineData("BYMaren Holloway", 2)]
    [InlineData("Byron Holloway", 0)]
    [InlineData("BYRON HOLLOWAY", 0)]
    [InlineData("By Maren Holloway", 0)]
    [InlineData("ByteDance's new app", 0)]
    public void Finds_the_label_glued_to_a_capitalised_name(string text, int length) => Assert.Equal(length, GluedByLabel.Length(text));

    [Fact]
    public void A_glued_label_opens_a_byline_and_a_name_starting_with_by_does_not()
    {
        Assert.Equal(["Maren Holloway"], BylineParser.TryRead("ByMaren Holloway"));
        Assert.Null(BylineParser.TryRead("Byron Holloway"));
    }
}
