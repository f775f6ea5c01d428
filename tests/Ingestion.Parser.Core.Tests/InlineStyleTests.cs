using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineStyleTests
{
    [Theory]
    [InlineData("display: none", true)]
    [InlineData("margin:0;DISPLAY:NONE", true)]
    [InlineData("display : none ;", true)]
    [InlineData("display: block", false)]
    [InlineData("color: red", false)]
    public void Only_a_style_that_sets_display_to_none_hides(string style, bool hides) =>
        Assert.Equal(hides, InlineStyle.HidesDisplay(style));
}
