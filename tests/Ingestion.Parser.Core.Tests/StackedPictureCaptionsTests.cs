using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StackedPictureCaptionsTests
{
    [Theory]
    [InlineData("Kenyan soldiers take position outside the Westgate shopping mall on Tuesday as smoke continued to rise from the building",
        "Smoke billows from the roof of the shopping centre after the collapse of three floors during the final assault", true)]
    [InlineData("Kenyan troops end the siege of the Westgate mall after four days",
        "Smoke billows from the roof of the shopping centre after the collapse of three floors during the final assault and the long night that followed it", false)] // a headline over a longer deck
    [InlineData("Kenyan Troops Declare Westgate Mall Siege Over After Four Days of Fighting",
        "Smoke billows from the roof of the shopping centre after the collapse of three floors during the final assault", false)] // a title-case headline
    [InlineData("Kenyan soldiers take position outside the Westgate shopping mall on Tuesday as smoke continued to rise from the building",
        "Smoke billowed from the roof of the shopping centre after three floors collapsed during the final assault.", false)] // a deck ends like a sentence
    public void Two_long_sentence_case_lines_without_stops_are_captions(string upper, string lower, bool captions) =>
        Assert.Equal(captions, StackedPictureCaptions.Are(upper, lower));
}
