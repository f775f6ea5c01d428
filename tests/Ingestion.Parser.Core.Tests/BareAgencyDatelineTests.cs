using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"(MNN) -- Air Force reserve crews flew …": a story opening with the agency's name in brackets and a dash.</summary>
public class BareAgencyDatelineTests
{
    [Theory]
    [InlineData("(MNN) -- Air Force reserve crews flew through the eye of Tropical Storm Priscilla on Friday.")]
    [InlineData("(AP) — The Senate voted on Tuesday to end debate.")]
    [InlineData("(Reuters) - The dollar rose against the yen on Thursday.")]
    public void Opens_the_story(string paragraph) => Assert.True(BareAgencyDateline.Opens(paragraph));

    [Theory]
    [InlineData("(Updated) - see the note below.")]
    [InlineData("(Editor's note) - This story has been corrected.")]
    [InlineData("(2) - The second point is the cost.")]
    [InlineData("The council (WKTX) -- voted on Tuesday.")]
    [InlineData("(MNN) Air Force crews flew on Friday.")]
    public void Other_openings_are_none(string paragraph) => Assert.False(BareAgencyDateline.Opens(paragraph));

    [Fact]
    public void The_caption_over_such_an_opening_leaves_the_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Hurricane hunters fly into storm as it strengthens off Mexico\n\nBy Dana Ruiz, MNN\n\nupdated 6:12 PM EDT, Fri September 27, 2013\n\n"
            + "Share this Email Save Print\n\nAn image taken by a weather satellite shows the storm off the Pacific coast of Mexico on Friday.\n\n"
            + "(MNN) -- Air Force reserve crews flew through the eye of the storm on Friday as it gathered strength over warm Pacific waters.\n\n"
            + "The storm's maximum sustained winds had reached 70 mph by Friday evening, just short of hurricane strength, forecasters said.\n"), "page.txt");

        Assert.StartsWith("(MNN) -- Air Force", page.BodyParagraphs[0]);
        Assert.Contains("An image taken by a weather satellite shows the storm off the Pacific coast of Mexico on Friday.", page.Captions);
    }
}
