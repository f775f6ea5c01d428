using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReleaseCourtesyLineTests
{
    [Theory]
    [InlineData("Courtesy: Lakeland State Athletic Communications")]
    [InlineData("Courtesy: Athletic Media Relations")]
    public void An_office_after_the_label_is_a_release_credit(string line) => Assert.True(ReleaseCourtesyLine.Is(line));

    [Theory]
    [InlineData("Courtesy: the first thing the coach asks of every player.")]
    [InlineData("Courtesy Dana Whitcomb")]
    [InlineData("Courtesy: a lost art at most games these days")]
    public void A_sentence_or_a_picture_credit_is_no_release_credit(string line) => Assert.False(ReleaseCourtesyLine.Is(line));
}
