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

    [Theory]
    [InlineData("Photo of Derek Hanley", true)]
    [InlineData("Nate Coulter Headshot", true)]
    [InlineData("Mary Ann Ruiz headshot", true)]
    [InlineData("Derek Hanley", false)]
    [InlineData("Headshot", false)]
    [InlineData("Studio offers free headshot", false)]
    public void A_portrait_s_alt_text_alone_names_the_picture(string line, bool isAlt) =>
        Assert.Equal(isAlt, PortraitAltBeforeName.IsAltAlone(line));

    [Fact]
    public void The_writer_under_a_headshot_alt_line_is_the_author()
    {
        var page = string.Join('\n',
            "Ohio Mayor Apologizes After Tweeting Photo Of Rival's Yard Signs In Dumpster",
            "",
            "Nate Coulter Headshot",
            "Nate Coulter",
            "Posted: 09/26/2013 4:12 pm",
            "",
            "The mayor of Millbrook, Ohio, apologized on Thursday after posting a photo on Twitter that showed a dozen of her challenger's campaign signs in a dumpster.",
            "",
            "The post was deleted about an hour later, but not before screenshots spread across local Facebook groups.");
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt");
        Assert.Equal(["Nate Coulter"], parsed.Authors);
    }
}
