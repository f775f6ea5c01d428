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
    [InlineData("vonMaren Holloway", 3)]
    [InlineData("VonMaren Holloway", 3)]
    [InlineData("von Maren Holloway", 0)]
    [InlineData("Vonovia baut am Hafen", 0)]
    [InlineData("VONDEL PARK", 0)]
    public void Finds_the_label_glued_to_a_capitalised_name(string text, int length) => Assert.Equal(length, GluedByLabel.Length(text));

    [Fact]
    public void A_glued_label_opens_a_byline_and_a_name_starting_with_by_does_not()
    {
        Assert.Equal(["Maren Holloway"], BylineParser.TryRead("ByMaren Holloway"));
        Assert.Null(BylineParser.TryRead("Byron Holloway"));
    }

    [Fact]
    public void A_german_label_glued_to_the_name_opens_a_byline_and_a_word_starting_with_von_does_not()
    {
        Assert.Equal(["Maren Holloway"], BylineParser.TryRead("vonMaren Holloway"));
        Assert.Null(BylineParser.TryRead("Vonovia Hafenbau"));
    }
}
