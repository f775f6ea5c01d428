using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FanButtonLineTests
{
    [Theory]
    [InlineData("Become a fan", true)]
    [InlineData("    Become a fan", true)]
    [InlineData("+ Follow", true)]
    [InlineData("Become a fan of our page for more stories like this one.", false)]
    [InlineData("Nineteen hours to vote yes.", false)]
    public void A_follow_button_alone_on_its_line_is_recognised(string line, bool expected) =>
        Assert.Equal(expected, FanButtonLine.Is(line));
}
