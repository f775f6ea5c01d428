using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PortraitAltBeforeNameTests
{
    [Theory]
    [InlineData("Derek Kaplan Derek Kaplan", "Derek Kaplan")]
    [InlineData("Photo of Nate Carrow Nate Carrow", "Nate Carrow")]
    [InlineData("Mary Ann Ruiz Mary Ann Ruiz", "Mary Ann Ruiz")]
    [InlineData("Derek Kaplan", "Derek Kaplan")]
    [InlineData("Photo of Nate Carrow", "Photo of Nate Carrow")]
    [InlineData("Walla Walla Walla Walla", "Walla Walla")]
    public void The_writer_s_portrait_printed_before_the_name_goes(string line, string name) =>
        Assert.Equal(name, PortraitAltBeforeName.Strip(line));

    [Theory]
    [InlineData("Slide 1", true)]
    [InlineData("Photo 12", true)]
    [InlineData("slide 3", true)]
    [InlineData("Slide 1 of 5", false)]
    [InlineData("Route 9", false)]
    [InlineData("Photo A", false)]
    public void A_slide_s_numbered_alt_text_is_no_paragraph(string line, bool isAlt) =>
        Assert.Equal(isAlt, NumberedPictureAlt.Is(line));
}
