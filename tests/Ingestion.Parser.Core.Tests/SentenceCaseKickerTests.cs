using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SentenceCaseKickerTests
{
    [Theory]
    [InlineData("Album review", true)]
    [InlineData("Local news", true)]
    [InlineData("Book of the week", true)]
    [InlineData("The Harbor Point Beacon", false)]
    [InlineData("Album Review", false)]
    [InlineData("Radio 4", false)]
    [InlineData("Opinion", false)]
    [InlineData("Crews cleared the road by noon.", false)]
    public void Only_the_first_word_capitalised_makes_a_kicker(string line, bool kicker) => Assert.Equal(kicker, SentenceCaseKicker.Is(line));

    [Fact]
    public void A_sentence_case_kicker_over_the_headline_is_no_site()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Album review

            Harbor Lights, 'Salt and Static': a quieter, braver record

            By Owen Decker
            September 26, 2013 4:30 PM ET

            Three years after the wall of guitars on their last album, Harbor Lights have made a record that mostly whispers.

            Singer Nora Pell has never sounded so close to the microphone, and the effect is startling after the band's old volume.
            """), "page.txt");

        Assert.Null(page.Site);
        Assert.Equal("Harbor Lights, 'Salt and Static': a quieter, braver record", page.Title);
    }
}
