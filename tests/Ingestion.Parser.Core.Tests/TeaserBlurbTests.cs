using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserBlurbTests
{
    [Theory]
    [InlineData("Researchers report new clues to how tiny animals endure extreme conditions.")]
    [InlineData("A look at one of the planet's most overlooked habitats.")]
    public void A_one_sentence_pitch_is_a_blurb(string line) => Assert.True(TeaserBlurb.Is(line));

    [Theory]
    [InlineData("How water bears survive in space")]
    [InlineData("The council met. It voted 7-3 to keep the library open on Sundays.")]
    [InlineData("Yes.")]
    public void A_headline_two_sentences_or_a_word_is_no_blurb(string line) => Assert.False(TeaserBlurb.Is(line));
}
